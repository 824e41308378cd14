variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "stripe_webhook_secret" {
  type      = string
  sensitive = true
  default   = "whsec_xTmMYnFZyQMEKUcffvwkVtNwANuRJRvo"
}
