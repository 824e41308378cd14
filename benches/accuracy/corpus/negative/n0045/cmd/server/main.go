package config

const (
	secretKey = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
)

var Timeout = 30
