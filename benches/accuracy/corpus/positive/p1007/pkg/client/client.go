package config

const (
	hellosignAPIKey = "893c027c6fde98ae38a2108857e03deb2a3eef97268d13fb04f1f2bf03355775"
)

var Timeout = 30
