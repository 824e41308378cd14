region      = "eu-west-1"
environment = "production"
openai_api_key = "sk-proj-L5NE4D7CCDTM"
