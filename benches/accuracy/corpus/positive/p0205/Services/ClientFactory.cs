namespace Acme.Api;

public static class Settings
{
    public const string AzureServicebusConnectionString = "Endpoint=sb://ewhmbvmii.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=bkoTwKgxssMSmiyzPYd5Xl/VWVfyR0nDmLRX5/A6oAY=";
}
