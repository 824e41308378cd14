package config

const (
	secretKey = "test"
)

var Timeout = 30
