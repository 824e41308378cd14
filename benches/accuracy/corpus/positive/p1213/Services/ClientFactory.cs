namespace Acme.Api;

public static class Settings
{
    public const string CoinlayerAccessKey = "922f381d046a3934c0e5bb0d13d41e46";
}
