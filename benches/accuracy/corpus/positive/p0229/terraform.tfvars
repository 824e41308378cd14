region      = "eu-west-1"
environment = "production"
tencentcloud_secret_id = "AKIDi8tGoSNIQdYH5JHpQeGWxaj86s1yieaW"
tencentcloud_secret_key = "c71qsjjLOlf7Q1GPLHAKK7fjzJdrfh6f"
