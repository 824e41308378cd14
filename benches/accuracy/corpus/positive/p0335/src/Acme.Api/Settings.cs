namespace Acme.Api;

public static class Settings
{
    public const string DatabaseUrl = "mysql://2j2akfn7kvmg:pscale_pw_e24LKmYSrlWfDsDo1qymwuHFZSb57AimktW7oZpb_HC@aws.connect.psdb.cloud/billing?sslaccept=strict";
}
