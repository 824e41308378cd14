namespace Acme.Api;

public static class Settings
{
    public const string SonarToken = "squ_78287513208e5fcb0b2c3fe075db8fad2dbfa3c3";
}
