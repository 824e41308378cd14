package config

const (
	stripeSecretKey = "foobar"
)

var Timeout = 30
