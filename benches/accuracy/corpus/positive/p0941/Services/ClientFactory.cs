namespace Acme.Api;

public static class Settings
{
    public const string StoryblokToken = "nkAjAjUhrxqpHEDA16xJrpkL";
}
