namespace Acme.Api;

public static class Settings
{
    public const string FlagsmithServerKey = "ser.835xEcDscLAPn0uUPioTCg";
}
