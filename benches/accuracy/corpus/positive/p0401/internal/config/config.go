package config

const (
	grafanaToken = "glsa_1kp8kzsFcU7oiYR3RN4csb8oaqpQwFjV_590b9f1c"
)

var Timeout = 30
