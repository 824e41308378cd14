project_number = "498673955075"
aws_account_id = "539728625710"
