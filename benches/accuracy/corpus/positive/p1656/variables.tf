variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "webhook_signing_secret" {
  type      = string
  sensitive = true
  default   = "6d5015a8469da927668d600100f5b4c088777b1513a001ee175d70602f104e7e"
}
