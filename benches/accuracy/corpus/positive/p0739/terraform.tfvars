region      = "eu-west-1"
environment = "production"
intercom_access_token = "dG9rOmFmMjI5MWFiLTdhN2YtNGUzNy04NzY0LTljMmM5N2Q4ZTJhMToxOjA="
