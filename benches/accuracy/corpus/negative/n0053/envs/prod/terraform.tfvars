region      = "eu-west-1"
environment = "production"
aws_access_key_id = "AKIA0000000000000000"
