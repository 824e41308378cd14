package main

import "os"

func init() {
	os.Setenv("ANTHROPIC_API_KEY", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIx")
}
