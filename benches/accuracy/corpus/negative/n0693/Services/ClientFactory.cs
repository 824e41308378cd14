namespace Acme.Api;

public static class Settings
{
    public const string GithubToken = "ghp_Ep5VmDtU5wWD7sjNqxqXNtdgskaR62NJyQbe";
}
