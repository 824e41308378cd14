region      = "eu-west-1"
environment = "production"
upstage_api_key = "up_ggVqsv3bvH1k3Cu9mmENIuZgdTHGF5Ll"
