namespace Acme.Api;

public static class Settings
{
    public const string Mem0ApiKey = "m0-hEDsmqZ5fiKBVyoql6QFdSV9uitvSl2P2lVwHaSl";
}
