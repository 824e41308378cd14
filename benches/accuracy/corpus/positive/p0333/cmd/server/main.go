package config

const (
	planetscaleServiceTokenId = "qrqcj0mqasdm"
	planetscaleServiceToken = "pscale_tkn_U_6GAdsfNaIOJS4wvLdz97dhYDPqRyDg14Tf1Zat-ix"
)

var Timeout = 30
