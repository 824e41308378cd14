terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  connection_string = "mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@cluster0.mongodb.net/app"
}

resource "null_resource" "bootstrap" {}
