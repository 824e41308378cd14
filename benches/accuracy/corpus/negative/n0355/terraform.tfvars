project_number = "550840031791"
aws_account_id = "809946210558"
