terraform {
  required_version = ">= 1.5"
}

provider "shopify" {
  access_token = "<SECRET>"
}

resource "null_resource" "bootstrap" {}
