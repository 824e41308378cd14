package config

const (
	redisURL = "redis://default:G3O9C+KfShSge^jEAhk5hRw@data.globex.com:6379/0"
)

var Timeout = 30
