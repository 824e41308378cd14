namespace Acme.Api;

public static class Settings
{
    public const string CoralogixApiKey = "cxtp_7wtz1EVHfXk5tHvPWjc1ClnnaeeP5t";
}
