variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "bitbucket_app_password" {
  type      = string
  sensitive = true
  default   = "ATBBavvqZ9vuHYJ1optGl0KwYMFHG73yOxkp8975EF15"
}
