package config

const (
	mwsAuthToken = "amzn.mws.cc9de3a6-4c32-4e16-9168-b857b7cf47f1"
)

var Timeout = 30
