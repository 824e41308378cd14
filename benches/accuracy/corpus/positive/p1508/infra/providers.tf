terraform {
  required_version = ">= 1.5"
}

provider "ldap" {
  ldap_bind_dn = "cn=svc-reader,ou=services,dc=vandelay,dc=io"
  bind_password = "Canyon2732Tundra_2"
}

resource "null_resource" "bootstrap" {}
