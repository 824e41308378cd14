package config

const (
	geoapifyAPIKey = "5dfd905d5eea061b52d17c95a89686ac"
)

var Timeout = 30
