namespace Acme.Api;

public static class Settings
{
    public const string AnthropicApiKey = "{api_key}";
}
