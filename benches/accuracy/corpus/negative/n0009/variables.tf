variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "npm_token" {
  type      = string
  sensitive = true
  default   = "npm_bcdefghijklmnopqrstuvwxyzABCDEFGHIJK"
}
