variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "comet_api_key" {
  type      = string
  sensitive = true
  default   = "zIM3ogkg1VXpXoiOamnxaoOMc"
}
