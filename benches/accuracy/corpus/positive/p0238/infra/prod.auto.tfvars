region      = "eu-west-1"
environment = "production"
cos_hmac_access_key_id = "f0badd84b1f5d0c4a6cce72d1070ff9f"
cos_hmac_secret_access_key = "986bb11895d9d24cde514e961f139a6f1462488b80a1cd30"
