package config

const (
	azureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=wczgivufclstore;AccountKey=dV1GgEChD/SyjLxgET7wCSQB0XJ5BhV7ciF7/MjVjPWftw0YeCgb5rxA5e1OOqbRBeSpJRxiXzLcPacjN64UDg==;EndpointSuffix=core.windows.net"
)

var Timeout = 30
