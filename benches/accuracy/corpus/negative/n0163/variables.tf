variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "databricks_token" {
  type      = string
  sensitive = true
  default   = "{api_key}"
}
