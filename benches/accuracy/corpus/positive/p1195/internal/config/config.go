package config

const (
	elasticAPIKey = "VnhSV2VkTVl0elFTMFktR3ZBSjA6WEJ0dDA3dVU1VGdlekdrMEJYMDdCTg=="
)

var Timeout = 30
