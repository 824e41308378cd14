variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "logzio_token" {
  type      = string
  sensitive = true
  default   = "bzbRolAcOBY0hkXitcB5Ccnl008fZhCS"
}
