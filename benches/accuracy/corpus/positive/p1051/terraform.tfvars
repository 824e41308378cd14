region      = "eu-west-1"
environment = "production"
stripe_secret_key = "sk_test_pclMSwhPlYkkWvE43XSDxAU1aQ37mMYvTzYgmSfmqx7OunBNA42ytRAKyWjdp8r5X9OwWPhfWBA67ycXLaJyFC07MI5u2okaJoN"
