package config

const (
	awsAccessKeyID = "AKIAR6L7DWOU2N6AIC7W"
)

var Timeout = 30
