package config

const (
	weaviateUrl = "https://hn235kp0.c0.europe-west3.gcp.weaviate.cloud"
	weaviateAPIKey = "87fxPN4qTPz55guF5vtmmB0OAtKxkkpi6ydFJVUi"
)

var Timeout = 30
