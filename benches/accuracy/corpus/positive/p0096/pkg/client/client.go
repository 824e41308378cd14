package config

const (
	runpodAPIKey = "rpa_7Q48JFLWT50C14Z3IODIV8MEJHQNJZLEPYBJ7HEE6FAL"
)

var Timeout = 30
