package config

const (
	zerobounceAPIKey = "b948a1087a4eec54e5d77cf0272425fa"
)

var Timeout = 30
