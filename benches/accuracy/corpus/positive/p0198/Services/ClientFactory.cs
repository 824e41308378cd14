namespace Acme.Api;

public static class Settings
{
    public const string AzureStorageSasToken = "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-06-30T18:00:00Z&st=2025-01-01T09:00:00Z&spr=https&sig=W1td1LhNCo2l9D3QclanK8YGgLzWUOJrlCr6FUgMK24%3D";
}
