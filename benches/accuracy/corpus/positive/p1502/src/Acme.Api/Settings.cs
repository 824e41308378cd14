namespace Acme.Api;

public static class Settings
{
    public const string FaunaSecret = "fn1z9rRXeO2UHinUc8kmliAwercTivxvplSNr5cT";
}
