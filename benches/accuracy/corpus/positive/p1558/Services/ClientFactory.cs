namespace Acme.Api;

public static class Settings
{
    public const string ApiBaseUrl = "https://jmartin:Cobalt3561Ember_1@api.hooli.io/v2";
}
