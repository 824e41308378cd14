variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "shopify_access_token" {
  type      = string
  sensitive = true
  default   = "{{ vault_api_key }}"
}
