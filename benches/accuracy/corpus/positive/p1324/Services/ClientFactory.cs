namespace Acme.Api;

public static class Settings
{
    public const string MapquestApiKey = "QyPiGe2BrFZXIE4psEh39ryCPnXkAmQ9";
}
