namespace Acme.Api;

public static class Settings
{
    public const string TwilioAuthToken = "xxx";
}
