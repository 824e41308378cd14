package config

const (
	upstashRedisRestUrl = "https://lborbt-xssfyz-69958.upstash.io"
	upstashRedisRestToken = "AQAAtpO39v5pv6yK6xpAhckmjfq/9kbFesmuL9kgn/JrBrb4XCfc1c+zn1cmJU/l4i7kND3F1+9a/TFsqsaq"
)

var Timeout = 30
