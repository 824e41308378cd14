region      = "eu-west-1"
environment = "production"
heroku_api_key = "HRKU-AAJwAyjmvDsKgNfKDI4m--AAQafRp3Mud5f1_CLFk018I1cCnxcZq6oCG_to"
