namespace Acme.Api;

public static class Settings
{
    public const string LinkedinClientId = "swkmyg8ynb60ir";
    public const string LinkedinClientSecret = "zQQR4viwcv08UgPS";
}
