terraform {
  required_version = ">= 1.5"
}

provider "url_credentials" {
  api_base_url = "https://webapp:Maple1705Orbit_90@api.hooli.io/v2"
}

resource "null_resource" "bootstrap" {}
