terraform {
  required_version = ">= 1.5"
}

provider "mezmo" {
  logdna_ingestion_key = "35bb6a906d6a50b28ff3c4797d58b5d1"
}

resource "null_resource" "bootstrap" {}
