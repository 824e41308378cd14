package config

const (
	herokuAPIKey = "HRKU-AAzpKook9qumuOpcbtSwmBowtCeIIsH8EdSz1glkf8avywdUc1BekiSVuiDv"
)

var Timeout = 30
