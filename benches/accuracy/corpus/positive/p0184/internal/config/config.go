package config

const (
	googleClientId = "487652395157-iphpng4lusxr9n48ojo5o6us4aik2tqi.apps.googleusercontent.com"
	googleClientSecret = "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"
)

var Timeout = 30
