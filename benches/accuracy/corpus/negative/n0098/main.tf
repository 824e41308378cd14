terraform {
  required_version = ">= 1.5"
}

provider "github" {
  token = "ghp_EXAMPLEiHKQOPuaRux3hek0GapRh56cnYV05"
}

resource "null_resource" "bootstrap" {}
