variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "xendit_secret_key" {
  type      = string
  sensitive = true
  default   = "xnd_production_tWWLDgk90NiHM-87dIhfR1B8gvqP5pWELt_Z5r2UxIY7WvMifcR3WJoLiBqi"
}
