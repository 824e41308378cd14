namespace Acme.Api;

public static class Settings
{
    public const string NewRelicInsertKey = "NRII-V2luMZrgYBgRRg1tZguhyXMQWVcPvIOQ";
}
