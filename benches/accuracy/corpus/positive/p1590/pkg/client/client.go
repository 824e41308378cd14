package config

const (
	secretKeyBase = "80a9c1ec0e052f6338b5215fb06462f4d682fcf55f55d2a01b5f44de4a1c9d15507e48fb75b5b1c68bc12431b2948f4416b48191a9bf0322588d098f90bceabc"
)

var Timeout = 30
