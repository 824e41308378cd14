variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "cloudsmith_api_key" {
  type      = string
  sensitive = true
  default   = "3c1c78783c828102b024322489706e860869c20a"
}
