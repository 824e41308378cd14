variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vercel_token" {
  type      = string
  sensitive = true
  default   = "ILRqxidw0pBIRuHDWEIbHlZ2"
}
