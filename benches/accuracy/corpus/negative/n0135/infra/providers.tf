terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  api_key = "$${API_KEY}"
}

resource "null_resource" "bootstrap" {}
