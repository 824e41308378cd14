package config

const (
	connectionString = "sqlite:///db.sqlite3"
)

var Timeout = 30
