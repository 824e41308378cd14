package config

const (
	databricksToken = "dapia8fd397123b8336ca31e9582be2b85d0"
)

var Timeout = 30
