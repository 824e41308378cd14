variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "anthropic_api_key" {
  type      = string
  sensitive = true
  default   = "sk-ant-api03-dPcU008YGTs4lrg_zbgY7n52pSHNUsa6rJjNDXGvhC9duTiv8BgNGtYyyKKmXJfne8Yv1Yk_sD-WOwc_kRHa-Hp5oxOxhAA"
}
