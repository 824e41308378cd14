variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mistral_api_key" {
  type      = string
  sensitive = true
  default   = "5x2Zz1g3OLtHI7DZuVJ1ZCIKcBDCRK7Q"
}
