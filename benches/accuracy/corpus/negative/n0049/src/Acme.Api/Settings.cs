namespace Acme.Api;

public static class Settings
{
    public const string SlackBotToken = "xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx";
}
