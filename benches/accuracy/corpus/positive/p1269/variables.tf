variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "abstract_api_key" {
  type      = string
  sensitive = true
  default   = "0d8c71caf37528493466888b38667992"
}
