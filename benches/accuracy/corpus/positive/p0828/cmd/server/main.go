package config

const (
	notionToken = "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"
)

var Timeout = 30
