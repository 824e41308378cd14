region      = "eu-west-1"
environment = "production"
smtp2go_api_key = "api-507A42A8F8D31C11C5B39C894A536D8B"
