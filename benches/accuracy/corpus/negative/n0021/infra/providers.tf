terraform {
  required_version = ">= 1.5"
}

provider "shopify" {
  access_token = "shpat_0123456789abcdef0123456789abcdef"
}

resource "null_resource" "bootstrap" {}
