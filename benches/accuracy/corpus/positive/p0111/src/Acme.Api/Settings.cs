namespace Acme.Api;

public static class Settings
{
    public const string UpstageApiKey = "up_b2ZbmR0Ik4xCsiaHGOvWBQiSr0lPbaLJ";
}
