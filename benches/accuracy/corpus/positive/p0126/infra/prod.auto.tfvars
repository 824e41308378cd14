region      = "eu-west-1"
environment = "production"
hume_api_key = "YUvhyRQfdLxakGUGqhqARaHEkcRrfjzxahn2kFazZkhr6XtV"
