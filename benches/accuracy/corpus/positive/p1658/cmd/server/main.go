package config

const (
	webhookSigningSecret = "d0565ab46fd93dd3b236741a3cfd2802367e124f7866b62e3872841f2328c9e1"
)

var Timeout = 30
