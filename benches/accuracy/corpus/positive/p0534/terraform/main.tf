terraform {
  required_version = ">= 1.5"
}

provider "scalingo" {
  api_token = "tk-us-Eh0DpmaClzM2XlkOBr0IwOobIAtfAdQprxuiuB__JbyvTYIZ"
}

resource "null_resource" "bootstrap" {}
