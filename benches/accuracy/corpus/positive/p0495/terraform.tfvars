region      = "eu-west-1"
environment = "production"
buildkite_api_token = "bkua_7d627a2377de09996e81f81cbf2caf2180605b50"
