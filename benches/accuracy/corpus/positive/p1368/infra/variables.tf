variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "emailable_api_key" {
  type      = string
  sensitive = true
  default   = "live_5OvrvzSQkTVn0qnkK4gQw4vJWLfaOyOV"
}
