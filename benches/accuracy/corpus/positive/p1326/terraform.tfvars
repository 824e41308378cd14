region      = "eu-west-1"
environment = "production"
opencage_api_key = "193792d462c9c12dad85314023adaf8e"
