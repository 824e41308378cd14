region      = "eu-west-1"
environment = "production"
kickbox_api_key = "live_9b8f0f7d533fa7a2de2949cd2a81fddce20f6112103b1d36d52f4b1972f733e1"
