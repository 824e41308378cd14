namespace Acme.Api;

public static class Settings
{
    public const string LinodeToken = "b978d9639695084cf1da4797fb4257ca5b7473144aeae400493efa5be3d7d0d1";
}
