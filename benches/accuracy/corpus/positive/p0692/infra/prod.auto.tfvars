region      = "eu-west-1"
environment = "production"
twilio_api_key = "SK6344730c16319b4dfdb273ce72932eec"
twilio_api_secret = "SQ5Q1h1xm5ESmBOOf6XmbQoXl54COOJJ"
