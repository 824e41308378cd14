namespace Acme.Api;

public static class Settings
{
    public const string DbPassword = "uv+D_RTxOdbWnH8np8uJ";
}
