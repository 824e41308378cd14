package config

const (
	apifyToken = "apify_api_maVW2VarFxSy2G0NbksE74RihGnuXQiIfIvX"
)

var Timeout = 30
