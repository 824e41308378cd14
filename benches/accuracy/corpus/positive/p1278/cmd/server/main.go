package config

const (
	guardianAPIKey = "41ea3b1f-2b2b-4548-92ef-705f697dddf2"
)

var Timeout = 30
