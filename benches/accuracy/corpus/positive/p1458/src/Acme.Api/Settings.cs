namespace Acme.Api;

public static class Settings
{
    public const string AmqpUrl = "amqp://ci_runner:Copper1629Saffron_12@backend.umbrella-labs.com:5672/catalog";
}
