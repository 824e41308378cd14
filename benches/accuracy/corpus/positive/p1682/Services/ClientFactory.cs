namespace Acme.Api;

public static class Settings
{
    public const string JwtSecret = "gZSBBwq3aQ15c0pN94lpcMLgGsrDCxKYJE2TdV4sfuYeDzO3";
}
