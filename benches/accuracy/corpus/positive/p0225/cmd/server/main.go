package config

const (
	alibabaCloudAccessKeyId = "LTAInvO7McHsZpTpiEpsSSIh"
	alibabaCloudAccessKeySecret = "00VOTFV83N4NkfQ9LN8p6sGzeZvSMS"
)

var Timeout = 30
