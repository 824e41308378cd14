terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  incoming_email_token = "glimt-y690btj42coxjqvl5nl5fqrv2"
}

resource "null_resource" "bootstrap" {}
