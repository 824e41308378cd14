namespace Acme.Api;

public static class Settings
{
    public const string AstraDbApplicationToken = "AstraCS:kKbzY2sk8Jsew3iHWfwhzvN8:1db6338895f164f52ec40424dfeeb1e184f894f7df7e24169ebbd26a666bc3a5";
}
