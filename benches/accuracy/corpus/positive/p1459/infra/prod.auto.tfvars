region      = "eu-west-1"
environment = "production"
amqp_url = "amqp://webapp:Velvet2073Meadow!44@cluster0.soylent.cloud:5672/payments"
