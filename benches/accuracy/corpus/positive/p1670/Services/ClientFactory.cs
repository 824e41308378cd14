namespace Acme.Api;

public static class Settings
{
    public const string AccessToken = "LwMBZMiHs2zpxp17UcI92xB274RKhSsyjoGkrIrw";
}
