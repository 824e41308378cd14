project_number = "481155709813"
aws_account_id = "173431127142"
