namespace Acme.Api;

public static class Settings
{
    public const string GoogleApiKey = "AIzaeP13NtZdKjkzH2M__EU5kBNTNzWCxaahBtY";
}
