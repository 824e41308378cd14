region      = "eu-west-1"
environment = "production"
github_token = "ghs_Sq7x5QyYWBmjaYmbXPZ9X9h3o5dDzfDUx5Rl"
