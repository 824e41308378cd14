namespace Acme.Api;

public static class Settings
{
    public const string ExoscaleApiKey = "EXO7586a54bd73a8b24a5e03595";
    public const string ExoscaleApiSecret = "yWvXjFVlhRCweQ7IR8je0PqX19uFsx0MR2oE-smnOzK";
}
