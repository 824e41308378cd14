namespace Acme.Api;

public static class Settings
{
    public const string AwsAccessKeyId = "AKIAEDOABW77IUKZVFUE";
    public const string AwsSecretAccessKey = "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";
}
