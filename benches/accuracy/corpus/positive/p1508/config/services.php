<?php

return [
    'ldap_bind_dn' => 'cn=svc-reader,ou=services,dc=wayne-ent,dc=io',
    'ldap_bind_password' => 'gBD*RW.DpdlY5xqh5YUhbfTVgx',
];
