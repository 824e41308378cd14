namespace Acme.Api;

public static class Settings
{
    public const string DnApiKey = "dnkey-2FJQJMTX0RAN9INWE9JNDE7JQR-IJDAN2CKL7CG80L9IRNYZQEPZ8WVUV5T42LN73I8FZFA5GACV8SQ";
}
