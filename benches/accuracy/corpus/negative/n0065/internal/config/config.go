package config

const (
	twilioAuthToken = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
)

var Timeout = 30
