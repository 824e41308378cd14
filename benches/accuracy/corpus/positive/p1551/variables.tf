variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "deployer_private_key" {
  type      = string
  sensitive = true
  default   = "0xcad54616c1e0e1508b84ec05d87780e15823d534acd9ba013d4a8f8afa459a3f"
}
