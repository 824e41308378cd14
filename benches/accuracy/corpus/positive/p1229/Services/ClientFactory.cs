namespace Acme.Api;

public static class Settings
{
    public const string LanguagelayerAccessKey = "1f2dd29895192e2899f8488fad9eb6c3";
}
