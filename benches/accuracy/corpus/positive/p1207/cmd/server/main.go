package config

const (
	cronitorAPIKey = "030bce8cfbff4570e8a2530976088a0e"
)

var Timeout = 30
