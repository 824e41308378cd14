region      = "eu-west-1"
environment = "production"
hf_token = "hf_2345678901234567890123456789012345"
