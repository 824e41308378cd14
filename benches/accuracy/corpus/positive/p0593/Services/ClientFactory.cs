namespace Acme.Api;

public static class Settings
{
    public const string CargoRegistryToken = "cioUxTatpqfRQTN6B1LR3wMgA37mXE4okEt";
}
