namespace Acme.Api;

public static class Settings
{
    public const string SlackAppToken = "xapp-1-AY6OS0NY9LP-8347775158695-831fb9a0361332e1021c1bf2d7d951a0705864e2f6f5c83e9a95501733fcc115";
}
