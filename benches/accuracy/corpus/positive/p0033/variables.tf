variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "huggingface_org_token" {
  type      = string
  sensitive = true
  default   = "api_org_5v7k29JoifVjSNYAAfhXJGiUf0QAUndwmr"
}
