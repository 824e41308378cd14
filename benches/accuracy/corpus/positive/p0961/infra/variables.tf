variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "auth0_client_secret" {
  type      = string
  sensitive = true
  default   = "xrxnWxBTv0wMrV_Kc1gKcqgnV64L3O7UsBm2byUaLvpxuqbAM6ktxnlVL1GwHW0s"
}
