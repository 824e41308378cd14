namespace Acme.Api;

public static class Settings
{
    public const string ImagekitPrivateKey = "private_H96CI84pFBF502NDteaifcrqrNd-";
}
