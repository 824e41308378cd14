variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "oauth_client_secret" {
  type      = string
  sensitive = true
  default   = "pQDgH6QiVo_km-wL0mwP7CjRCAfPccNe-ADn4Zr27xg"
}
