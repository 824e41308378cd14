package config

const (
	trelloApiKey = "27587aef340d3dd91647bf93f07583e6"
	trelloToken = "ATTA560f510f0440a85bb71e264d699ba5c1e132106dd5919414c1c1ccbaf89190cc3F0E88BB"
)

var Timeout = 30
