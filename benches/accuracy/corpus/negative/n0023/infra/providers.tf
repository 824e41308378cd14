terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  secret_key = "abcdefghijklmnopqrstuvwxyz0123456789abcd"
}

resource "null_resource" "bootstrap" {}
