package config

const (
	rampClientId = "ramp_id_1cCiGFVvpk4hnB3eOUd1a3A9JIv9nq6RoQ2HKVL5"
	rampClientSecret = "ramp_sec_8KQSuLWaXODGWsqeCejNH4KAlGjrNjHRoyeEW9Xqozq8IYhh"
)

var Timeout = 30
