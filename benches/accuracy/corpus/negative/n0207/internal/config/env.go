package config

import "os"

var APIKey = os.Getenv("STRIPE_SECRET_KEY")
