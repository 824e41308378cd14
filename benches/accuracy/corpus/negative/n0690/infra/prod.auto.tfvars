region      = "eu-west-1"
environment = "production"
github_token = "gho_GB3eDXSwLFMqZ9McpWttauFeQaNUEhY4equs"
