variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vault_token" {
  type      = string
  sensitive = true
  default   = "hvs.Q6kJwVry03cQKHNDoPtHFebBA04VcDd_OrOWritsvU3jLS_DSC2AhHl5HtLZJnrw09F5XrSJmd2DnV4pVHQXSxLuYa"
}
