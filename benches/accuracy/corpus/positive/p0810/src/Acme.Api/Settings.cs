namespace Acme.Api;

public static class Settings
{
    public const string RedditClientId = "fHNV5hE2I7nrgYdDJpF2a9";
    public const string RedditClientSecret = "K9FZUIXeC3vRbLkmyp8VyCpd9nZ5xZ";
}
