namespace Acme.Api;

public static class Settings
{
    public const string AssemblyaiApiKey = "583879ce1c913785c98ca72bdde5fad2";
}
