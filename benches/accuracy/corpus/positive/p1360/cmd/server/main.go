package config

const (
	clearbitSecretKey = "sk_516f3893addf5e6b45db6939d87b64e8"
)

var Timeout = 30
