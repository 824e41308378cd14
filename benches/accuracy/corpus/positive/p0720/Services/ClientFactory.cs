namespace Acme.Api;

public static class Settings
{
    public const string SendbirdAppId = "66DFDB68-5C75-4D3E-9AD4-860C2B5E7C9E";
    public const string SendbirdApiToken = "c81f9c946558609f6078878d919890bbcdcf102e";
}
