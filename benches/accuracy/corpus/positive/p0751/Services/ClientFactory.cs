namespace Acme.Api;

public static class Settings
{
    public const string MailgunApiKey = "key-603c4a469b99509390eccef6d040647d";
}
