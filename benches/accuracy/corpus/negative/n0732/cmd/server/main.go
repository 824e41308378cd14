package config

const (
	ddAPIKey = "••••••••••••"
)

var Timeout = 30
