terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  connection_string = "postgres://localhost:5432/app"
}

resource "null_resource" "bootstrap" {}
