variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mailgun_api_key" {
  type      = string
  sensitive = true
  default   = "7226ded2a2875db24343c34b5b670864-62d93ee7-49562dfb"
}
