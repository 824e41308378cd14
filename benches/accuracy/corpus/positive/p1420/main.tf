terraform {
  required_version = ">= 1.5"
}

provider "typesense" {
  api_key = "qFWIiBoHw2yhH4QUZ8pOEBuaojDljkdq"
}

resource "null_resource" "bootstrap" {}
