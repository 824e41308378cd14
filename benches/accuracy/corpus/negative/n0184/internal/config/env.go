package config

import "os"

var APIKey = os.Getenv("GITHUB_TOKEN")
