region      = "eu-west-1"
environment = "production"
database_url = "redis://redis:6379/0"
