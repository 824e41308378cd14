namespace Acme.Api;

public static class Settings
{
    public const string OpenrouterApiKey = "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";
}
