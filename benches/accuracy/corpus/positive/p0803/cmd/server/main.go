package config

const (
	twitterApiKey = "2zj4nPgqUHMpjxY6jaCGnsZQn"
	twitterAPISecret = "I77NlrqmHuBPz3kApiaFlgekZ3aqxMUlh4N3Pap6J2jtfHMU6J"
)

var Timeout = 30
