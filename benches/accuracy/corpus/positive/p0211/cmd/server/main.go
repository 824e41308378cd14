package config

const (
	azureSignalrConnectionString = "Endpoint=https://yyazyxbkl.service.signalr.net;AccessKey=Lr7jg6R/OYuOrx9/ZhEEkR264rWA2tzAh6uDiRodCRA=;Version=1.0;"
)

var Timeout = 30
