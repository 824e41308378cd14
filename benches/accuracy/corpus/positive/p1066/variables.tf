variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "square_access_token" {
  type      = string
  sensitive = true
  default   = "EAAA898bfXXk-GdmBBJQCxmfF6Prp2Y9xgubaMWn0mZdwvkD3yc2ViNvuZVgow4p"
}
