namespace Acme.Api;

public static class Settings
{
    public const string ClearbitSecretKey = "sk_bc1ebdcbd5b57dd7da80d4c26d6f7f6f";
}
