package config

const (
	awsAccessKeyID = "AKIA2345678901234567"
)

var Timeout = 30
