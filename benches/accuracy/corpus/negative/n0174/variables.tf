variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "gitlab_token" {
  type      = string
  sensitive = true
  default   = "#{ApiKey}"
}
