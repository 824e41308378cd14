namespace Acme.Api;

public static class Settings
{
    public const string PulumiAccessToken = "pul-e8633cb8e5f4d3f457d8cb3ec4fcd899db8ed0cf";
}
