region      = "eu-west-1"
environment = "production"
db_password = "g7AkXvlxqNB7mS10QBh"
