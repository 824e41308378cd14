variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "scraperapi_key" {
  type      = string
  sensitive = true
  default   = "711219926acd9c3c28719ec66402da30"
}
