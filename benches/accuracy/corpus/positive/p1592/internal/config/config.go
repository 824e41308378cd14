package config

const (
	appKey = "base64:3Py1Gumo9QjXSbFm2K4LM9Ra48o52YMgK3u/He/BOfI="
)

var Timeout = 30
