region      = "eu-west-1"
environment = "production"
mem0_api_key = "m0-zktwol5Rn0MBNwvyRiMgNh14CmF3LDfDwfUZFapJ"
