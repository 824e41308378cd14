region      = "eu-west-1"
environment = "production"
aviationstack_access_key = "57f9948f720958414cd8ac01f38d5bbc"
