export const environment = {
  production: true,
  apiBase: '/api',
  ldapBindDn: 'cn=svc-reader,ou=services,dc=wayne-ent,dc=io',
  ldapBindPassword: 'Violet3675Falcon+20',
};
