namespace Acme.Api;

public static class Settings
{
    public const string GeminiApiKey = "account-B6N9iH4OKmCTTX2XHtqI";
    public const string GeminiApiSecret = "2ZjnI7gIIDcE1YhXICwtE9vwCPXb";
}
