variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "api_key" {
  type      = string
  sensitive = true
  default   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
}
