namespace Acme.Api;

public static class Settings
{
    public const string MjApikeyPublic = "edfe26daa26f40c830432fddd7526cfe";
    public const string MjApikeyPrivate = "1c81d53b3c0f4d5321d3eda4e4434eba";
}
