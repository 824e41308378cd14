namespace Acme.Api;

public static class Settings
{
    public const string HoneycombApiKey = "hcaik_01olsbhuzjla5l8lnghyw22h0invol9tzmzjlw423o7csksl83uotghpe2";
}
