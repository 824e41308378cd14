package config

const (
	githubToken = "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"
)

var Timeout = 30
