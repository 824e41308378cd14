region      = "eu-west-1"
environment = "production"
tmdb_api_key = "cc9fa93c63138b471e7559a8f8b2144e"
