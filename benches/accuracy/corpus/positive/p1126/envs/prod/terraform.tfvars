region      = "eu-west-1"
environment = "production"
coinbase_api_key = "AFWBV2ZikGzMwJaY"
coinbase_api_secret = "WWrpAQ0wcTpSg0htyC4koEtnWI8lQcw1"
