variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "id_token" {
  type      = string
  sensitive = true
  default   = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgudHlyZWxsLm5ldC8iLCJzdWIiOiI5MzgyMTg2MTExIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzMzMDg2MzAyLCJleHAiOjIwNDg0NDYzMDIsInNjb3BlIjoiYWRtaW4ifQ."
}
