terraform {
  required_version = ">= 1.5"
}

provider "redis" {
  url = "redis://default:Harbor463Willow-17@backend.soylent.com:6379/0"
}

resource "null_resource" "bootstrap" {}
