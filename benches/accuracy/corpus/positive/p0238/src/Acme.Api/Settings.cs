namespace Acme.Api;

public static class Settings
{
    public const string CosHmacAccessKeyId = "3a9c0efc37fcb6d8682900f9b20f344c";
    public const string CosHmacSecretAccessKey = "ab273a417c79d2bc6bcb3b248ddd38383777cff7cc7f12dd";
}
