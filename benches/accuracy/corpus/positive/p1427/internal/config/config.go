package config

const (
	databaseURL = "postgres://app_user:Marble6995Velvet-39@db.cyberdyne.cloud:5432/catalog"
)

var Timeout = 30
