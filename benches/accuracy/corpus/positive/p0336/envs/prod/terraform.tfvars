region      = "eu-west-1"
environment = "production"
database_url = "mysql://ptnhz3oh9z66:pscale_pw_V5-xNIKM0r5JbQhoysSY9cshlAly2v9eacwaqYN1rNy@aws.connect.psdb.cloud/inventory?sslaccept=strict"
