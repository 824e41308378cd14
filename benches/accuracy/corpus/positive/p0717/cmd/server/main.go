package config

const (
	pubnubPublishKey = "pub-c-1fc0ce60-cd07-4adb-9c18-37ec0b004fa7"
	pubnubSecretKey = "sec-c-ob4Lfv1A8nZJTRektUhU9abMR3r1s5IOaOoZ2takwOFjmgQ_"
)

var Timeout = 30
