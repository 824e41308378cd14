namespace Acme.Api;

public static class Settings
{
    public const string NeonApiKey = "napi_7qe5s4vg70muxrje24e8rk231l93zv2rslqmz3o905hcj0sefgwtzngmyo33cmzt";
}
