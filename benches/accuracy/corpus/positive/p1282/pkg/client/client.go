package config

const (
	finnhubAPIKey = "qyeg8gqwu2808bh7hzmy"
)

var Timeout = 30
