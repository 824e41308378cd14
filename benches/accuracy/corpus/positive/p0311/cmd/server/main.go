package config

const (
	renderAPIKey = "rnd_0L17Ed3pwZD6VDjBag4SnvuZxw69BYgT"
)

var Timeout = 30
