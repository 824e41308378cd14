package config

const (
	supabaseSecretKey = "sb_secret_8tmBbes6QGuU0HcQqrYXm6pNqvc3Q4V"
)

var Timeout = 30
