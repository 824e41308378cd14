package config

const (
	ai21APIKey = "wV3usJdJd2izx0GgVyQhy00kXjM9iQeu"
)

var Timeout = 30
