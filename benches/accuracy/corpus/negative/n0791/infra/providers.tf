terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  database_url = "amqp://rabbitmq:5672/"
}

resource "null_resource" "bootstrap" {}
