terraform {
  required_version = ">= 1.5"
}

provider "iex_cloud" {
  secret_token = "sk_86ed1924e870fb8b4e3f076b37beff76"
}

resource "null_resource" "bootstrap" {}
