region      = "eu-west-1"
environment = "production"
aws_secret_access_key = "2345678901234567890123456789012345678901"
