package config

const (
	githubToken = "ghp_5OlyCa4huTzoOvR9fHDjFiHA4Bqdge8tBfnV"
)

var Timeout = 30
