region      = "eu-west-1"
environment = "production"
sf_consumer_key = "3MVG98Wdp5TAWzwGZglMW8sSlhx4ZIzfZqapEA6J18Fy9dC7xQUh_LhehgtJOlGleTb4okBKrZV2XZmXhX79g"
sf_consumer_secret = "C9FD8E9AC6A7B87B92D2604EB58E07CDC5EB01C49EF555818EEFC85A735E3470"
