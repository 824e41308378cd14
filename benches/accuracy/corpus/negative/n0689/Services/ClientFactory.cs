namespace Acme.Api;

public static class Settings
{
    public const string GithubToken = "ghp_oPB7qvlMfSiPBqdQufnax5BtebKWvIthp89z";
}
