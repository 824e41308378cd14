region      = "eu-west-1"
environment = "production"
harness_api_key = "pat.7pYEK5bsRLdqBbS4wmgy9F.f13f8bdc4409b60452ec8f51.PAoxbVKsbq9AyyXtjUW0"
