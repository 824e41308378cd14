namespace Acme.Api;

public static class Settings
{
    public const string DatabaseUrl = "postgres://orders_rw:anH64uFNZodGl5R5g6RV-@cache.initech.dev:5432/analytics";
}
