variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_key" {
  type      = string
  sensitive = true
  default   = "12345678901234567890123456789012"
}
