namespace Acme.Api;

public static class Settings
{
    public const string StripeSecretKey = "sk_live_zzzzzzzzzzzzzzzzzzzzzzzz";
}
