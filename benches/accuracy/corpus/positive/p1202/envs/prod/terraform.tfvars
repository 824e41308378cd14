region      = "eu-west-1"
environment = "production"
uptimerobot_api_key = "u9466211-45fb56c19b984ec931b47287"
