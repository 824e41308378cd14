namespace Acme.Api;

public static class Settings
{
    public const string TwitterAccessToken = "6007188718591668855-sxsLSxcma7JaHJRlBbmaUcVjCBcXhfA6ks5sroMa";
    public const string TwitterAccessTokenSecret = "9CkhXH2PHuN8Ijeh5jm3K9oLhBocOouVFo4Xe3fqbZoGE";
}
