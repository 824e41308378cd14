package config

const (
	resendAPIKey = "re_hoxXAV71_2U0p0VdgR3kABJZmAUudoiu6"
)

var Timeout = 30
