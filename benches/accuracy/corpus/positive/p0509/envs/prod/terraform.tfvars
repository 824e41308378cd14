region      = "eu-west-1"
environment = "production"
sonar_token = "sqp_602fcc849d54a4bacfdbd16c44602bd4bdb2281b"
