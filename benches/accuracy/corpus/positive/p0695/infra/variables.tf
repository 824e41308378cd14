variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
  default   = "c0dbbe9ba816cd941cde5716140a0755"
}
