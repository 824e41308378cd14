package config

const (
	deepgramAPIKey = "b06520473e7a01ce0ad9fbd035e83787c42f86c6"
)

var Timeout = 30
