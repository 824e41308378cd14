namespace Acme.Api;

public static class Settings
{
    public const string DbPassword = "WVBzKk63O2ex.Ig^ZnOTu";
}
