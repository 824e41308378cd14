region      = "eu-west-1"
environment = "production"
dockerhub_token = "dckr_pat_abbtao6z7HJAEPK3Q2GdR90Z47_"
