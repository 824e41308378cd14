terraform {
  required_version = ">= 1.5"
}

provider "polygon_io" {
  api_key = "6k6Di0cFUrA9ds2ZVejdK80Xa4skny8B"
}

resource "null_resource" "bootstrap" {}
