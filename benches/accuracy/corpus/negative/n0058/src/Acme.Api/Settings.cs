namespace Acme.Api;

public static class Settings
{
    public const string GithubToken = "ghp_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";
}
