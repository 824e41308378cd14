region      = "eu-west-1"
environment = "production"
statuspage_api_key = "9bd06112-77a1-427b-98d9-e0f8435aac24"
