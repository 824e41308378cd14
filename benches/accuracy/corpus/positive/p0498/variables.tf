variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "drone_token" {
  type      = string
  sensitive = true
  default   = "f8iEuqnJufveKNAKBFtUh6cDVUNQlZSE"
}
