terraform {
  required_version = ">= 1.5"
}

provider "github" {
  gh_oauth_token = "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"
}

resource "null_resource" "bootstrap" {}
