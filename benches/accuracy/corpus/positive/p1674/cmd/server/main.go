package config

const (
	jwtSecret = "Av5GSYOI6H49x3qNxPJLkLyt0zUsoJOA9i7q0FxMh7qgE5yF"
)

var Timeout = 30
