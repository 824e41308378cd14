package config

import "os"

var APIKey = os.Getenv("SECRET_KEY")
