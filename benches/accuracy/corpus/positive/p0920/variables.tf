variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "launchdarkly_sdk_key" {
  type      = string
  sensitive = true
  default   = "sdk-fcf481cf-e635-40e1-a1a9-6ba3f1080ee6"
}
