package config

const (
	airtableToken = "patxB89bQeQ4aCxOb.d9a1d062391ca0e2964c97bdcd807f23f336f38f869157207c95d223e2eecaf8"
)

var Timeout = 30
