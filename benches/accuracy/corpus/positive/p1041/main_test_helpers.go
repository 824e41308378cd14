package main

import "os"

func init() {
	os.Setenv("STRIPE_SECRET_KEY", "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")
}
