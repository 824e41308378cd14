package config

const (
	spotifyClientId = "a5073c99846fda31ffa16cc6142e7afb"
	spotifyClientSecret = "66287ed37fef2d68f3cc5cf21d5012c0"
)

var Timeout = 30
