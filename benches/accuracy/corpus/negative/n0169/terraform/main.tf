terraform {
  required_version = ">= 1.5"
}

provider "aws" {
  secret_access_key = "$${API_KEY}"
}

resource "null_resource" "bootstrap" {}
