terraform {
  required_version = ">= 1.5"
}

provider "clickhouse" {
  clickhouse_key_id = "fyEDhqpdjbAmy9fniM2l"
  key_secret = "4b1dJmXBWvT2fyqqO3SjsXHwC7uS6yiDtZNYGke4b2"
}

resource "null_resource" "bootstrap" {}
