region      = "eu-west-1"
environment = "production"
urlscan_api_key = "007e39cb-896f-4515-9d5f-73e6b1ad0c05"
