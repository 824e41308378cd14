region      = "eu-west-1"
environment = "production"
aviationstack_access_key = "286ad672274264da07061ea0d3be076f"
