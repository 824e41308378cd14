package config

const (
	prefectAPIKey = "pnu_Yf1Iuc9Wy1JQthZyqmwTyWYEpVcuzr9QRx6C"
)

var Timeout = 30
