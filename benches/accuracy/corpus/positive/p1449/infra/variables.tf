variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mongodb_atlas_private_key" {
  type      = string
  sensitive = true
  default   = "6f6fff2b-ca8a-4157-8c6a-96bafc11f37f"
}
