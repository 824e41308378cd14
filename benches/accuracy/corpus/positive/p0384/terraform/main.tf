terraform {
  required_version = ">= 1.5"
}

provider "ngrok" {
  authtoken = "2vzi08OUijjf0dv7fIzjnxD9ntP_iuuVBMsrnmm8zGXELYaLk"
}

resource "null_resource" "bootstrap" {}
