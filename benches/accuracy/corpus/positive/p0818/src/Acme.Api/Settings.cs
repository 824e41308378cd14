namespace Acme.Api;

public static class Settings
{
    public const string DisqusPublicKey = "LYkwPGKpCZlzD8p5mkHimc92ejCKKYbUdyMojYfWhoq467yYS0c90J2qlAP9EBgQ";
    public const string DisqusSecretKey = "IMITXOGUUQUPGrpkYa4UVVORG5GUC3u1tWaBJHWi12s9kwfmUiFyZ3pEV4vnAdYH";
}
