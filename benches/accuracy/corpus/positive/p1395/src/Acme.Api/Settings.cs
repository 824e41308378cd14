namespace Acme.Api;

public static class Settings
{
    public const string SecuritytrailsApiKey = "TlBQdPIcs96JTefacVv5DTji4D8JXCXZ";
}
