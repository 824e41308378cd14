project_number = "105096211606"
aws_account_id = "996352401861"
