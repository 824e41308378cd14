region      = "eu-west-1"
environment = "production"
tencentcloud_secret_id = "AKID459AnXmCU128HnN7rS6RKZpkIzE3IPOV"
tencentcloud_secret_key = "2KrnIC6vguaonnAL2Rcgms0kZMdmqpS7"
