namespace Acme.Api;

public static class Settings
{
    public const string AwsAccessKeyId = "AKIAK6ZO4J5AFX4467OL";
}
