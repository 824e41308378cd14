package config

const (
	npmToken = "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"
)

var Timeout = 30
