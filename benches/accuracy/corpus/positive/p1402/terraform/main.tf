terraform {
  required_version = ">= 1.5"
}

provider "exchangerate_api" {
  key = "9ae770b435e718e19db348f2"
}

resource "null_resource" "bootstrap" {}
