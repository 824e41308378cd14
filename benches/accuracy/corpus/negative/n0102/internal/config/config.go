package config

const (
	stripeSecretKey = "TODO"
)

var Timeout = 30
