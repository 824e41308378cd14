package config

const (
	sentryAuthToken = "38d003fc701b709e185785f244669b220dbd108e86b0bcc68a30dc31bbf4b12f"
)

var Timeout = 30
