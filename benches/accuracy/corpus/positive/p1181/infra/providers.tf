terraform {
  required_version = ">= 1.5"
}

provider "bugsnag" {
  api_key = "8d4bfcfbc6cfc1927a6a2f82c3d05133"
}

resource "null_resource" "bootstrap" {}
