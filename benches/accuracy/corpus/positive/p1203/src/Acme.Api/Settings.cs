namespace Acme.Api;

public static class Settings
{
    public const string UptimerobotApiKey = "u3984673-90a26dd436e475a59e56626c";
}
