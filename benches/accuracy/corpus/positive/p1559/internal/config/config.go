package config

const (
	apiBaseURL = "https://reporting:LQM0Y.vNtxk-EV@api.tyrell.io/v2"
)

var Timeout = 30
