namespace Acme.Api;

public static class Settings
{
    public const string OpenaiApiKey = "sk-proj-123456789012345678901234567890123456789012345678";
}
