namespace Acme.Api;

public static class Settings
{
    public const string LivekitApiKey = "APIdwt0Py0F2VaP";
    public const string LivekitApiSecret = "p9rdrDUA5H3deIbYrqn6s0DsrLWVadijsd0YQ7PZOBF";
}
