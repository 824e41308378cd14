terraform {
  required_version = ">= 1.5"
}

provider "google_cloud" {
  api_key = "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
}

resource "null_resource" "bootstrap" {}
