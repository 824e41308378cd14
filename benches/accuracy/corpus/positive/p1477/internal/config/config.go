package config

const (
	springDatasourcePassword = "Willow3281Maple_8"
)

var Timeout = 30
