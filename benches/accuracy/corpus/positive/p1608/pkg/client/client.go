package config

const (
	dbPassword = "Meadow1710Orbit+52"
)

var Timeout = 30
