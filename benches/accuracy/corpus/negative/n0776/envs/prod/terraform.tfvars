region      = "eu-west-1"
environment = "production"
connection_string = "sqlite:///db.sqlite3"
