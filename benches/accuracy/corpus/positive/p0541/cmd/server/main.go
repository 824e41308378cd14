package config

const (
	ccTestReporterID = "368487a9c967581ab021b93262d715eae393ac6447e6734ef27628067706da0c"
)

var Timeout = 30
