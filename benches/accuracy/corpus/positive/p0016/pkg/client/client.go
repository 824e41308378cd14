package config

const (
	anthropicAPIKey = "sk-ant-api03-OZxWZUqSsST8KwYJClYw9VgHOkQftdeP2b_0UaEHcwXowQXsr5sLqUiBGn-QgHy4PSKepEJvP8mguGuND5EQQyOyIdLSUAA"
)

var Timeout = 30
