namespace Acme.Api;

public static class Settings
{
    public const string ZoomClientId = "CURVGWIdxgHa83XH4qrlVV";
    public const string ZoomClientSecret = "a5BtlhtYCOUfbMXOm77exMrSETcVz2um";
}
