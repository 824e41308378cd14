variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "nvidia_api_key" {
  type      = string
  sensitive = true
  default   = "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"
}
