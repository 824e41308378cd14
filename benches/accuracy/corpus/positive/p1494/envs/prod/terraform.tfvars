region      = "eu-west-1"
environment = "production"
astra_db_application_token = "AstraCS:6daW2kKKuaKP3ylxJzblo9DT:b18d137ce86f40a7028226c065f1d0adc87254356f2c7a671973005b8482755f"
