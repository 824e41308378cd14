terraform {
  required_version = ">= 1.5"
}

provider "postgresql" {
  pg_dsn = "host=db.globex.io port=5432 dbname=orders user=ci_runner password=Lantern7448Maple!91 sslmode=verify-full"
}

resource "null_resource" "bootstrap" {}
