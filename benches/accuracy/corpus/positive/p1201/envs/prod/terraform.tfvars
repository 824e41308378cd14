region      = "eu-west-1"
environment = "production"
logdna_ingestion_key = "3244f9d26dfa98be96ed0ec88da87a68"
