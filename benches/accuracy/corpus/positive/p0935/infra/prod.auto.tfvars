region      = "eu-west-1"
environment = "production"
contentful_space_id = "10zsc9m98ii7"
contentful_access_token = "HKAChsdLm36-sCg6100hhJFaZaiLJdWLDJyqAC6oyxD"
