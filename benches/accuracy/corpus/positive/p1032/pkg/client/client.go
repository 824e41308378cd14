package config

const (
	adobeClientId = "967e59d127f98788d505dd52ece03285"
	adobeClientSecret = "p8e-EFVPDh46VV68OQHmQ8Wk6XIQ-V7wEjLz"
)

var Timeout = 30
