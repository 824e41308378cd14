region      = "eu-west-1"
environment = "production"
checkly_account_id = "e3ecc145-e675-416e-8f8b-e6a1fd53a0ff"
checkly_api_key = "cu_987e43f04e38b061bc2d7f7b61084015"
