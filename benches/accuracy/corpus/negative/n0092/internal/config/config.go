package config

const (
	gitlabToken = "REDACTED"
)

var Timeout = 30
