package config

import "os"

var APIKey = os.Getenv("MAILGUN_API_KEY")
