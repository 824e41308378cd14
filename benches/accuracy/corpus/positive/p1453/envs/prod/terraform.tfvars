region      = "eu-west-1"
environment = "production"
redis_url = "redis://default:AlpvCao4C7w=XviGn1YOd@db.globex.io:6379/0"
