namespace Acme.Api;

public static class Settings
{
    public const string OvhApplicationKey = "tVOQmhDp6SBzlkNn";
    public const string OvhApplicationSecret = "pzidis54s8ahe3kb73d99kj1767gzthi";
}
