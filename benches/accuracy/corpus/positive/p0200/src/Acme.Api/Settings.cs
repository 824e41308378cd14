namespace Acme.Api;

public static class Settings
{
    public const string AzureClientId = "8dbc34f4-629b-4e7c-93ba-0e60155a1005";
    public const string AzureClientSecret = "s.E3Q~v4HUNmVOE81gjBkSi8ErUW_zJpv2_XAn4o";
}
