variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "github_token" {
  type      = string
  sensitive = true
  default   = "ghp_changeme"
}
