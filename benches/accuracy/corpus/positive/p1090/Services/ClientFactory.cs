namespace Acme.Api;

public static class Settings
{
    public const string WiseApiToken = "1a16ed3f-8d61-43ee-98c0-42e76b76cdc2";
}
