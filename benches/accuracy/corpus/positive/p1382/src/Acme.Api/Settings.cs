namespace Acme.Api;

public static class Settings
{
    public const string ScrapflyKey = "scp-live-8eee24872851f3498e5c9b7a04766590";
}
