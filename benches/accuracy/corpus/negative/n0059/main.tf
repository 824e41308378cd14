terraform {
  required_version = ">= 1.5"
}

provider "npm" {
  token = "npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
}

resource "null_resource" "bootstrap" {}
