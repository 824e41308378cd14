variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mailgun_api_key" {
  type      = string
  sensitive = true
  default   = "key-0123456789abcdef0123456789abcdef"
}
