terraform {
  required_version = ">= 1.5"
}

provider "gitlab" {
  token = "glpat-JxWuT5GRF190-PSfr-U6"
}

resource "null_resource" "bootstrap" {}
