namespace Acme.Api;

public static class Settings
{
    public const string ClerkSecretKey = "sk_live_RxJwQQ3Cz0lEwiSfxDMJ1TOXIWxen9F5Lwo8WUXZ";
}
