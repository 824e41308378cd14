package config

const (
	postmarkServerToken = "e22596c9-c85c-48ad-90de-9e32fa6bd9c6"
)

var Timeout = 30
