terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  mongodb_uri = "Server=.;Database=App;Trusted_Connection=True;TrustServerCertificate=True;"
}

resource "null_resource" "bootstrap" {}
