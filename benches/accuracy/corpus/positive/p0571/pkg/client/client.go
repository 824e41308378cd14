package config

const (
	develocityAccessKey = "ge.umbrella-labs.io=7ggp4t7om4hvqzipxppge9sj9ha2nzj9eddzocf10sloq0jsv221"
)

var Timeout = 30
