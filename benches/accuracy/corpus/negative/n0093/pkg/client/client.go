package config

const (
	githubToken = "REPLACE_ME"
)

var Timeout = 30
