region      = "eu-west-1"
environment = "production"
zapier_webhook_url = "https://hooks.zapier.com/hooks/catch/4964174/9wo2ky4/"
