region      = "eu-west-1"
environment = "production"
together_api_key = "tgp_v1_l94H6ZXXjLktifwzVzVAB7jSRSOnUhuuzTeMMJyn1TP"
