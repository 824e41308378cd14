package config

const (
	weatherstackAccessKey = "bb95ff0bf9cb37b5e01523d577ed12e5"
)

var Timeout = 30
