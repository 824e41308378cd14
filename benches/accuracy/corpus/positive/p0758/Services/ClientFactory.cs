namespace Acme.Api;

public static class Settings
{
    public const string PostmarkServerToken = "1db3f2d3-0a26-4d1a-8ecd-466cab3b521a";
}
