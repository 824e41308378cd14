namespace Acme.Api;

public static class Settings
{
    public const string PinterestAccessToken = "pina_PIDWNQCUD389OIIJJRQU7BGSGSHFU665WYQQZ27AXJOYSGHX713AELFQU6JVXBY5F6N5VAD5HIJI9H8SP13E63KZHTBAMTN8";
}
