package config

const (
	sentryAuthToken = "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"
)

var Timeout = 30
