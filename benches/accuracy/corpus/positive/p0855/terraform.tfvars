region      = "eu-west-1"
environment = "production"
toggl_api_token = "ada82f1148255927b170e3e4258df849"
