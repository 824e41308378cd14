package config

const (
	anthropicAPIKey = "sk-ant-api03-jPOei5hVmq-p1_jCV8aVDxl5mLEbBnAdnQWH-0HaB1zJ3pd9CwgcVhEaGytonS-h7YrA-SxXGQRZ0SR6VNy7wYWUr66UqAA"
)

var Timeout = 30
