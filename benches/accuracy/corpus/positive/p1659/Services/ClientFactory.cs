namespace Acme.Api;

public static class Settings
{
    public const string OauthClientSecret = "5yB3-DazxMnM7msUmMJ-bP4yv_tc0AOOEnODr4x72BW";
}
