project_number = "763975516316"
aws_account_id = "849747884069"
