variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
  default   = "f094bfaddad3d459a69ee695fe50eb0a52a5c"
}
