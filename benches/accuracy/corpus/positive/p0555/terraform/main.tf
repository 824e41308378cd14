terraform {
  required_version = ">= 1.5"
}

provider "checkly" {
  checkly_account_id = "33bf22cb-fed2-4ff3-a4af-1ef91c28c2c4"
  api_key = "cu_c7425c4042cd46a923409332c528e01a"
}

resource "null_resource" "bootstrap" {}
