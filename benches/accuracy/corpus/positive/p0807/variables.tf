variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "linkedin_client_secret" {
  type      = string
  sensitive = true
  default   = "0YcBXjINpCLNO7GL"
}
