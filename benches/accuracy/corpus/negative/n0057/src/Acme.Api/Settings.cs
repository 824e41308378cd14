namespace Acme.Api;

public static class Settings
{
    public const string HfToken = "hf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
}
