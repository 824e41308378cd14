variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "KBUpXOdcl7QmPn*n"
}
