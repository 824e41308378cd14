package config

const (
	anthropicAPIKey = "sk-ant-api03-*******************************************************************************************2akf"
)

var Timeout = 30
