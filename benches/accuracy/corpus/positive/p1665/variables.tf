variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "webhook_signing_secret" {
  type      = string
  sensitive = true
  default   = "bb608f2cdef7bc30dd224d0457aa1e844a14f3d91b0632260be73f0e3d61221e"
}
