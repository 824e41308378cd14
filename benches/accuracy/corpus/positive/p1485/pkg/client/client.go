package config

const (
	elasticsearchURL = "https://elastic:KPP9Rx_CNRT2xWiHz@backend.hooli.net:9200"
)

var Timeout = 30
