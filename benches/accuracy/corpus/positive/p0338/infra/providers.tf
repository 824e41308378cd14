terraform {
  required_version = ">= 1.5"
}

provider "planetscale" {
  oauth_token = "pscale_oauth_fEdMcrsNgtQUDnPUU3AUppk6vwX0Q6LZcpdbC1TWwYQ"
}

resource "null_resource" "bootstrap" {}
