variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "aws_secret_access_key" {
  type      = string
  sensitive = true
  default   = "1NjrvFe4NcSQutSMxFw3AS3sAa3ZbZg0RyLlTgR4"
}
