namespace Acme.Api;

public static class Settings
{
    public const string CoverallsRepoToken = "pxHga5WBrc7IVtYlMtiGiKinBIbNvrNY";
}
