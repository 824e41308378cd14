package config

const (
	civoToken = "V2jmrIUtIbSPdMjlLtHOaF9QMCAG1RythgbZwO8GqHq3x4itgM"
)

var Timeout = 30
