region      = "eu-west-1"
environment = "production"
scalingo_api_token = "tk-us-Q-vPbB00uLesFidWhwnp3e0KaqWZVM6ITrMidVEFoq99O_CP"
