region      = "eu-west-1"
environment = "production"
helicone_api_key = "sk-helicone-wdbzhrr-hmqfl80-usoriv7-5luwz56"
