region      = "eu-west-1"
environment = "production"
nasdaq_data_link_api_key = "60NZf9t0pCsgbFq-X2Ux"
