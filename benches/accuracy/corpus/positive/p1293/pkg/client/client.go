package config

const (
	fmpAPIKey = "AUTdcJr13gdNGF37dbDJDHwordiw0R0J"
)

var Timeout = 30
