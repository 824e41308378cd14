variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "google_access_token" {
  type      = string
  sensitive = true
  default   = "ya29.2iH7qJQp0ge47YzakIyDwG6zp9fNgZlADN3b2WRc4hqZkaXGYen4VRp8crP8GUDSfxCLXqO8azfjJ-9f9OqNyPEb7YIk6QaNBK0ORvjMqzFqQe9dHc6nR8iUuOznLCOtzwhIyKfCuL1qIKNXXxeHeD"
}
