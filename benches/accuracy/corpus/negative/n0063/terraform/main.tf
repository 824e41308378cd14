terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  api_key = "sk-ant-api03-11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
}

resource "null_resource" "bootstrap" {}
