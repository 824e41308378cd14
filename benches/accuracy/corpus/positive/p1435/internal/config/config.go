package config

const (
	pgpassword = "Violet137Saffron*75"
)

var Timeout = 30
