region      = "eu-west-1"
environment = "production"
hf_token = "hf_…KhGy"
