region      = "eu-west-1"
environment = "production"
helicone_api_key = "sk-helicone-4zjl8ly-e28yjid-3gjkh5j-2j0bo7l"
