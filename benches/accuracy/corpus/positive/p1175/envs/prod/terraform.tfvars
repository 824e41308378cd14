region      = "eu-west-1"
environment = "production"
loggly_token = "83af664e-ee1c-4b53-97fb-fd19d39f68e8"
