namespace Acme.Api;

public static class Settings
{
    public const string RawgApiKey = "e8e112e162053c8077cb70a89e014589";
}
