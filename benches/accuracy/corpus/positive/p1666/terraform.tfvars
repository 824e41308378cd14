region      = "eu-west-1"
environment = "production"
webhook_signing_secret = "9bfc561af3a94200bc5348af9f2118d30bf9cc71802292f8fd6532a0b710d86f"
