terraform {
  required_version = ">= 1.5"
}

provider "ibm_cloud_object_storage" {
  cos_hmac_access_key_id = "cb6c2aa34f16b923c7efebde27943b63"
  cos_hmac_secret_access_key = "aa9b0fb47272cae3bad5e4976247b3aa4e41cd3ebe947203"
}

resource "null_resource" "bootstrap" {}
