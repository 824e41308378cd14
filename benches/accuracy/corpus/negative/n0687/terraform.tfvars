region      = "eu-west-1"
environment = "production"
npm_token = "npm_HrJKiLQa7bJAOCwQpYQo2b69FyLyRU2pQrjs"
