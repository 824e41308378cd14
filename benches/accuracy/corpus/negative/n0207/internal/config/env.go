package config

import "os"

var APIKey = os.Getenv("SENDGRID_API_KEY")
