namespace Acme.Api;

public static class Settings
{
    public const string SemgrepAppToken = "8b54c77967e2fb3d1abff809506f28bc217f4c05a6b2ee6d75e2819bc40e05ec";
}
