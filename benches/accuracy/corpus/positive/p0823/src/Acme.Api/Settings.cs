namespace Acme.Api;

public static class Settings
{
    public const string MastodonAccessToken = "7Y_wu1TDCDYUr9qdiOEEaLmwNl3_1YW16uroSVPw-ae";
}
