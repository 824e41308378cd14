package config

const (
	ciJobToken = "glcbt-64_URxMkxGiJu63D0lXP5lJ"
)

var Timeout = 30
