region      = "eu-west-1"
environment = "production"
grafana_api_key = "eyJrIjoiS2J2YWlLWEQxOHgzd0lBUDY5Z1M2eGpsUXFpMHptUlkiLCJuIjoicHJvdmlzaW9uaW5nIiwiaWQiOjR9"
