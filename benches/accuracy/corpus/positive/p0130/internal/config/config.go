package config

const (
	braintrustAPIKey = "sk-YZKSS4RUPncLlrcU63xliB5Z04zGq9YmnFhEFgsKDiHztV5y"
)

var Timeout = 30
