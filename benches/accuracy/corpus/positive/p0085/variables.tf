variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "stability_api_key" {
  type      = string
  sensitive = true
  default   = "sk-yNN5pkD7N4RihyLd9gXyVms795kThScOovfPnqgGZno0Rf0D"
}
