namespace Acme.Api;

public static class Settings
{
    public const string KrakenApiKey = "lCcmfTIZJf9y/KxNGMg3N42BMWP0sFlv7C+uKK4kHN+5k5tGFBxiTY9M";
    public const string KrakenPrivateKey = "b2f8i9cvNPRzyx9vIJjn9a3WwaUZO95hsmDBlEATMC3lMHjvNxw5zEXsQgWvyyKHywJ/R806yw7bAsvsgLGlWA==";
}
