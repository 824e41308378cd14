terraform {
  required_version = ">= 1.5"
}

provider "datadog" {
  dd_api_key = "password"
}

resource "null_resource" "bootstrap" {}
