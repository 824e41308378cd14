terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  api_key = "sk-ant-api03-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"
}

resource "null_resource" "bootstrap" {}
