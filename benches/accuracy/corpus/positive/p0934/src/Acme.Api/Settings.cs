namespace Acme.Api;

public static class Settings
{
    public const string ContentfulSpaceId = "m53ha7ukwfmn";
    public const string ContentfulAccessToken = "2qEcx5XKRtNVAdn1595TB95ZugkR0YTfyRmaRty9y9E";
}
