namespace Acme.Api;

public static class Settings
{
    public const string SquareApplicationId = "sq0idp-J92L8fSXVjByLIINpjTNfE";
    public const string SquareApplicationSecret = "sq0csp-wz19RTf-yhdP4nlRKePyeQSlI-5skZXzu-iP20qs5Et";
}
