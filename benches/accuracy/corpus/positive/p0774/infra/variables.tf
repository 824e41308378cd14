variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mailtrap_api_token" {
  type      = string
  sensitive = true
  default   = "5b26b3e9219aea0c4f9325d04a061f1c"
}
