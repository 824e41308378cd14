terraform {
  required_version = ">= 1.5"
}

provider "civo" {
  token = "TCVPV6apYDwjsvGxixvDdqqZR0lpS1bK6hmb2J0zkkP2y3YFPN"
}

resource "null_resource" "bootstrap" {}
