variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "sendgrid_api_key" {
  type      = string
  sensitive = true
  default   = "SG.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
}
