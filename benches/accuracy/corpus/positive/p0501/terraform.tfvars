region      = "eu-west-1"
environment = "production"
codecov_token = "4dc7f36d-aef3-4acd-8a7c-db13cfd5cc8f"
