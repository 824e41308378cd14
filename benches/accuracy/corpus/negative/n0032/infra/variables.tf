variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = "sk_live_BCDEFGHIJKLMNOPQRSTUVWXY"
}
