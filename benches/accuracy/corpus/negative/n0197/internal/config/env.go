package config

import "os"

var APIKey = os.Getenv("GOOGLE_API_KEY")
