region      = "eu-west-1"
environment = "production"
algolia_app_id = "TMJTGPJVQZ"
algolia_admin_api_key = "d07fc4d6dc5090f0860a6a3dc1adafb5"
