terraform {
  required_version = ">= 1.5"
}

provider "twilio" {
  auth_token = "<token>"
}

resource "null_resource" "bootstrap" {}
