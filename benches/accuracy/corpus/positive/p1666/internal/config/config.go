package config

const (
	accessToken = "wz1ngVcm4zSpxQX6A6nB2zklEvnqpRbnGuRwBDdl"
)

var Timeout = 30
