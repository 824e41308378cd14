namespace Acme.Api;

public static class Settings
{
    public const string CodacyProjectToken = "1ae4a692054c7b3ce9036913c3f57285";
}
