variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "aws_access_key_id" {
  type      = string
  sensitive = true
  default   = "AKIA2ILJ"
}
