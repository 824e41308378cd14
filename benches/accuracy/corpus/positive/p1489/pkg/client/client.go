package config

const (
	snowflakeURL = "snowflake://svc_billing:NB6S4AY=T_1dpcSf9=@fds3yc4-8kj2tpi/ledger/PUBLIC?warehouse=COMPUTE_WH"
)

var Timeout = 30
