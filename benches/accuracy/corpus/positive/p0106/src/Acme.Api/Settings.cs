namespace Acme.Api;

public static class Settings
{
    public const string AzureOpenaiApiKey = "34df2166e5aed03bb2b348098ce9824a";
}
