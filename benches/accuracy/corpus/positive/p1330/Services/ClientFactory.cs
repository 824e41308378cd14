namespace Acme.Api;

public static class Settings
{
    public const string LocationiqToken = "pk.479e488c451b90bdc89b562f2e6500a8";
}
