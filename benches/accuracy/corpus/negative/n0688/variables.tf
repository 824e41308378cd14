variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "npm_token" {
  type      = string
  sensitive = true
  default   = "npm_NSocOeZmpswLI9pJB94Y7xNFJ1Q4Zw734B0O"
}
