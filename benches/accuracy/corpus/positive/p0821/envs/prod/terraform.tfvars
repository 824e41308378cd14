region      = "eu-west-1"
environment = "production"
lichess_token = "lip_6rBgchZoOoQfthi628SE"
