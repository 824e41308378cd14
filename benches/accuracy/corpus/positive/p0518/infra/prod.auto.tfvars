region      = "eu-west-1"
environment = "production"
octopus_api_key = "API-1PH5PF1GM405VZDXIM1LHVI0X83FLN"
