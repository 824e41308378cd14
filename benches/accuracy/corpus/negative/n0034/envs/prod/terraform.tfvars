region      = "eu-west-1"
environment = "production"
npm_token = "npm_abcdefghijklmnopqrstuvwxyz0123456789"
