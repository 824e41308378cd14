variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "toggl_api_token" {
  type      = string
  sensitive = true
  default   = "4f21b8fb8c787058b39764ddb205b6f0"
}
