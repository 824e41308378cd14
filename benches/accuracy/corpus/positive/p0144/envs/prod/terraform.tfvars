region      = "eu-west-1"
environment = "production"
comet_api_key = "sRbWzCgGXx2J0q7sz5UtDUBNp"
