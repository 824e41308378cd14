variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "gumroad_access_token" {
  type      = string
  sensitive = true
  default   = "KiDPwWRQaUyiHL_2hB1_aukuBEmeciHfN4itQv1ZTqH"
}
