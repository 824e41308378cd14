region      = "eu-west-1"
environment = "production"
lokalise_api_token = "ca1a9ea47dd7d8c44c126d51297c000eca301f5f"
