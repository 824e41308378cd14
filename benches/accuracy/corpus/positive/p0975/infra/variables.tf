variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "shopify_access_token" {
  type      = string
  sensitive = true
  default   = "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"
}
