variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "moonshot_api_key" {
  type      = string
  sensitive = true
  default   = "sk-C4chYtM6QfPAeE7sZxrTHon1j3I1bcOVsuWzaZLp6cKspqCu"
}
