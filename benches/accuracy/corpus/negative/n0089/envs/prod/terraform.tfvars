region      = "eu-west-1"
environment = "production"
sendgrid_api_key = "SG.REPLACE_WITH_REAL_TOKEN"
