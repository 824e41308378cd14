variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "loops_api_key" {
  type      = string
  sensitive = true
  default   = "7ff8971a2da999c87c8fda82558413fb"
}
