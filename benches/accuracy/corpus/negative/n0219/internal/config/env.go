package config

import "os"

var APIKey = os.Getenv("GITLAB_TOKEN")
