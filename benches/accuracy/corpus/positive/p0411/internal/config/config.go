package config

const (
	githubToken = "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"
)

var Timeout = 30
