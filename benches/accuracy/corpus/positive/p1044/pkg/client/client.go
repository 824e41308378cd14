package config

const (
	stripeSecretKey = "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"
)

var Timeout = 30
