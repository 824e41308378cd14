namespace Acme.Api;

public static class Settings
{
    public const string SlackWebhookUrl = "https://hooks.slack.com/services/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";
}
