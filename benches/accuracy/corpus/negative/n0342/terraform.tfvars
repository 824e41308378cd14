project_number = "373709445461"
aws_account_id = "797067807011"
