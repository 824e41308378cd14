variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "openai_api_key" {
  type      = string
  sensitive = true
  default   = "${{STRIPE_KEY}}"
}
