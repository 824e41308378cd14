terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  client_secret = "not-a-real-secret"
}

resource "null_resource" "bootstrap" {}
