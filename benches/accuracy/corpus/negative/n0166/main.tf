terraform {
  required_version = ">= 1.5"
}

provider "slack" {
  bot_token = "xoxb-$API_KEY"
}

resource "null_resource" "bootstrap" {}
