region      = "eu-west-1"
environment = "production"
scrapestack_access_key = "643a8886bbf12b9e28dc55e0b2767900"
