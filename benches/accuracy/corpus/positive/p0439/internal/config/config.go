package config

const (
	gitlabToken = "glpat-mTlZfTbtXw6QrOUFv9YP1xIQShV.01.gqyt960vh"
)

var Timeout = 30
