namespace Corp.Directory
{
    public class LdapOptions
    {
        public string Host { get; set; } = "ldap.corp.internal";
        public string BindDn { get; set; } = "cn=svc-app,ou=services,dc=corp";
        public string BindPassword { get; set; } = "YJxBMvgmw1zZ!2";
    }
}
