variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vimeo_access_token" {
  type      = string
  sensitive = true
  default   = "76f40926493f0204e73ee9e25cc6dbea"
}
