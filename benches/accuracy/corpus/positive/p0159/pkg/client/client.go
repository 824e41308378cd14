package config

const (
	awsAccessKeyId = "AKIAAPBHILYNXAEV2BXQ"
	awsSecretAccessKey = "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"
)

var Timeout = 30
