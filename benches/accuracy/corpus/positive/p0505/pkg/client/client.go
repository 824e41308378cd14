package config

const (
	snykToken = "f9cefe33-7689-4d57-bb61-dae123fbd14c"
)

var Timeout = 30
