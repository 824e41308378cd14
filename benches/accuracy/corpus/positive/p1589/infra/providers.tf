terraform {
  required_version = ">= 1.5"
}

provider "ruby_on_rails" {
  secret_key_base = "16bf935fa0263c02bcaabf336f5db7331b2899bae6cc2704fb65c2c53f7f51ecf967db3ba488ff9d6da8c89c89ed4b7cf21efa505c430d90b38b93f1123efd07"
}

resource "null_resource" "bootstrap" {}
