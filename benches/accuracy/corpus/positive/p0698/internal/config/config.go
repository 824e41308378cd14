package config

const (
	vonageApiKey = "5e36f6da"
	vonageAPISecret = "n5yWqRydNDdrcDwY"
)

var Timeout = 30
