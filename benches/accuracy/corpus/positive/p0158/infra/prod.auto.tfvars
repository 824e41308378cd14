region      = "eu-west-1"
environment = "production"
aws_access_key_id = "AKIARJQKIEPWMLA7SYRA"
aws_secret_access_key = "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"
