package config

const (
	cloudflareAPIToken = "DNzj1YOHWwWr7jVbDRKvHjO6f8qQoqZeuMRXYyyL"
)

var Timeout = 30
