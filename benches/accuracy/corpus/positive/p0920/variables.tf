variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "launchdarkly_sdk_key" {
  type      = string
  sensitive = true
  default   = "sdk-043352a1-be6a-49e2-82c4-74f578067f5e"
}
