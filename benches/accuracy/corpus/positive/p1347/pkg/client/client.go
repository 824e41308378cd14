package config

const (
	imagekitPrivateKey = "private_2uUsojyhdzwokPdmiw4l6LlincDl"
)

var Timeout = 30
