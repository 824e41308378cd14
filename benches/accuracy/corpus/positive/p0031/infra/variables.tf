variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "hf_token" {
  type      = string
  sensitive = true
  default   = "hf_wZrBWunf01MhbEI8KLwnnfXrHfmFIbstSK"
}
