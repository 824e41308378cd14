terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  api_key = "sk-ant-api03-#{ENV['API_KEY']}"
}

resource "null_resource" "bootstrap" {}
