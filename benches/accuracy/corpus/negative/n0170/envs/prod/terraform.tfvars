region      = "eu-west-1"
environment = "production"
anthropic_api_key = "sk-ant-api03-${API_KEY}"
