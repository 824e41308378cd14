package config

const (
	zerotierAPIToken = "C8remLiTniLGlUUKJnDXQrEjxNufFl9E"
)

var Timeout = 30
