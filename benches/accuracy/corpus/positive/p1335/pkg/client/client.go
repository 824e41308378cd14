package config

const (
	bingMapsKey = "TSGrNE6Q2hu7yMFabTTJGw2EsKKMc_OLKl635XDH81Iym3PpFAlZ_4kaNe2O1sjp"
)

var Timeout = 30
