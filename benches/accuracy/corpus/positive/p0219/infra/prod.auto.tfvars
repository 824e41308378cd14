region      = "eu-west-1"
environment = "production"
cosmos_connection_string = "AccountEndpoint=https://pdpxdyksr.documents.azure.com:443/;AccountKey=HcozuhKC4ZC2el183WrDHuYwMh+ekdBJUHfRQ7DxEIc33tWSHuulTr0bI+L7/voYE335JT+S3EDG88tKXcIHMw==;"
