region      = "eu-west-1"
environment = "production"
cryptocompare_api_key = "7480b82c4f40e49fd1606400c16d4daf02cf1973892141db236c24ac0c7fab80"
