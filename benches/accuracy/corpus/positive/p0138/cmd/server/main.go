package config

const (
	witAiServerToken = "0VR3FHW0GYAG9Z54TATUG5YO3UM897XD"
)

var Timeout = 30
