region      = "eu-west-1"
environment = "production"
internal_api_key = "hjziw3pMhNh68jh3YWViZVHIKOxjMVO2"
