namespace Acme.Api;

public static class Settings
{
    public const string ExpoToken = "gcBLyWrBV0-9T0f_M0XH17qhoeCu5jchZtmk1vAp";
}
