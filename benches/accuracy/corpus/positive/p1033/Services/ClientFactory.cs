namespace Acme.Api;

public static class Settings
{
    public const string AdobeClientId = "04bbba171021bb627e35f9e7f9a86962";
    public const string AdobeClientSecret = "p8e-qwPwY69yBq6LEOxIJnpVmRMwCxSsiYK5";
}
