terraform {
  required_version = ">= 1.5"
}

provider "hubspot" {
  access_token = "pat-na1-65008f2a-ae95-42b7-84d8-84c0b7602e34"
}

resource "null_resource" "bootstrap" {}
