variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "apollo_api_key" {
  type      = string
  sensitive = true
  default   = "Goe9M_ppwNWYikynYMy-Yg"
}
