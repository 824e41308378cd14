region      = "eu-west-1"
environment = "production"
aws_access_key_id = "AKIAABCDEFGHIJKLMNOP"
