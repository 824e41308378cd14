namespace Acme.Api;

public static class Settings
{
    public const string NewsapiKey = "295caa1bb4579303426440a9bae7d1c9";
}
