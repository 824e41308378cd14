package config

const (
	codebergToken = "d9eb78b969e7704da32a4c566793b3ef9da21844"
)

var Timeout = 30
