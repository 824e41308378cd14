terraform {
  required_version = ">= 1.5"
}

provider "github" {
  github_client_id = "Iv1.88352bf60d2c2c09"
  client_secret = "5eb0a872ecdb08383bd6dd504d8176bf83a62c7f"
}

resource "null_resource" "bootstrap" {}
