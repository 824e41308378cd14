package config

const (
	scrapflyKey = "scp-live-0bcba764f6880a50e2d2bcf592c13244"
)

var Timeout = 30
