variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
  default   = "26082fc858e5ecfc27e41e22162b1d52"
}
