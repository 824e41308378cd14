variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "openai_api_key" {
  type      = string
  sensitive = true
  default   = "sk-proj-EXAMPLEFPb1njFkfJbVeFWBJXRU11B9J2uZmBoCIxcUuE2vu"
}
