terraform {
  required_version = ">= 1.5"
}

provider "hugging_face" {
  hf_token = "hf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
}

resource "null_resource" "bootstrap" {}
