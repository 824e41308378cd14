namespace Acme.Api;

public static class Settings
{
    public const string RedisUrl = "mongodb://mongo:27017/test";
}
