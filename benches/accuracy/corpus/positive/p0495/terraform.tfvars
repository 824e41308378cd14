region      = "eu-west-1"
environment = "production"
buildkite_api_token = "bkua_99253c3e5266ddef654c15e0f3b936e73a5130b2"
