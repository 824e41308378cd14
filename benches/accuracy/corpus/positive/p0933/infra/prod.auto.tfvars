region      = "eu-west-1"
environment = "production"
unleash_api_token = "*:production.c50ea270aa662972287d8d7a61457395ca486c77a75ed27a9a9e17f8041a1655"
