project_number = "545849665596"
aws_account_id = "738473496977"
