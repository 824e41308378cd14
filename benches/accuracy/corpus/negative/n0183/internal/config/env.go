package config

import "os"

var APIKey = os.Getenv("OPENAI_API_KEY")
