namespace Acme.Api;

public static class Settings
{
    public const string GithubToken = "gho_ng2SmFXEbWAkMEQjsDVhX7l7L1cOOV62f29J";
}
