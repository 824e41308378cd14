variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "google_api_key" {
  type      = string
  sensitive = true
  default   = "CHANGE-ME"
}
