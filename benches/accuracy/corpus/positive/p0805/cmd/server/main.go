package config

const (
	twitterAccessToken = "6876914867695330182-TS2eCyfaSGQgNKmRn4fyFlZGX6xSutPyx8gKkrpy"
	twitterAccessTokenSecret = "mUF3fBI5avCH9vb1E83AZNdxvq8rivig1c6yB0Qs09REo"
)

var Timeout = 30
