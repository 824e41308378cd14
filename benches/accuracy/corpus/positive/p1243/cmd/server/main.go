package config

const (
	scrapestackAccessKey = "d1a790dce16c96dc83cd289aceccd264"
)

var Timeout = 30
