package config

const (
	oracleConnect = "app_user/AG7iFiVrOOIEtSNO@//backend.stark-ind.io:1521/ORCLPDB1"
)

var Timeout = 30
