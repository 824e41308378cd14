terraform {
  required_version = ">= 1.5"
}

provider "doppler" {
  token = "dp.sa.b9Em08AgGOt4FaAUnTQphFxmQ6x7KhfZ7MJzi3CBzM7"
}

resource "null_resource" "bootstrap" {}
