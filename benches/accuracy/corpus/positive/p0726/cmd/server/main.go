package config

const (
	lineChannelAccessToken = "FjcQheNKnNOJWoH02tp5CA+LBpLwV+FEfFFKDhTKIICNPfyBtzD7XmcVV8P/lChKoIpNc17lcyMAx1eM3Ao3y3F1kL1rp9uqba2FWbOoQMwyVjJUjdgeArd+yJwqCCfmQifPrYJLtWNdP1Q1AmM5XlK/E4ZweqF1fn7eajTPNmZ="
)

var Timeout = 30
