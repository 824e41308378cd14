package config

const (
	sonarcloudToken = "65992599032da3fe23f07c6812072ed5887274b5"
)

var Timeout = 30
