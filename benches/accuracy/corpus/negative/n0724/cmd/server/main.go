package config

const (
	stripeSecretKey = "sk_live_********************7R34"
)

var Timeout = 30
