region      = "eu-west-1"
environment = "production"
voyage_api_key = "pa-5Xtf-ZLzCQt-1-71WZhe4X1BUNAE8jBuDrmrAk05LKV"
