terraform {
  required_version = ">= 1.5"
}

provider "fullstory" {
  api_key = "na1.4IaXu3fNDKtjWTdBjEjvaO1GvxAJmL8tjjZ2h2pphkGz8ob53Uv59rN0HaJznqh92OQgJEww4F7ICcztTdwYcmjmba0Q7d2yRQ"
}

resource "null_resource" "bootstrap" {}
