namespace Acme.Api;

public static class Settings
{
    public const string KucoinApiKey = "720c8bba4a7289dedbfa831e";
    public const string KucoinApiSecret = "5e42e3a2-fd79-4307-b2f2-4eba9203923c";
}
