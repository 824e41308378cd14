package config

const (
	ghOauthToken = "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"
)

var Timeout = 30
