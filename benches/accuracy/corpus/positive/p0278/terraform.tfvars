region      = "eu-west-1"
environment = "production"
cloudflare_api_token = "GcxqdVUo3-Tgp1c3d4Y4NBlgcOopaFf70SsRIddB"
