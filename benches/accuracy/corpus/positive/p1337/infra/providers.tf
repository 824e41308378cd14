terraform {
  required_version = ">= 1.5"
}

provider "unsplash" {
  unsplash_access_key = "VkfKsvjTg6xr9e6GawBbiy4x33tkTKgYULUbLaSq22o"
  secret_key = "6pV3wuPyuCAiRbqIVH7cpVN64UErlPUMVqYA5CJcedt"
}

resource "null_resource" "bootstrap" {}
