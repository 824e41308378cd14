region      = "eu-west-1"
environment = "production"
okx_api_key = "e8cbd8d6-55fc-4cc9-a48a-59eb82bcc694"
okx_secret_key = "0BFF861B8902D4B657455EB193C763C5"
