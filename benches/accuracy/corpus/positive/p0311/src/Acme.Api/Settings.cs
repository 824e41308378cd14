namespace Acme.Api;

public static class Settings
{
    public const string RenderApiKey = "rnd_JcVzRGviW5DfyBNrVAnuNWipCBEjxYTF";
}
