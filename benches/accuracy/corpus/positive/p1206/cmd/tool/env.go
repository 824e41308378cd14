package main

import "os"

func init() {
	os.Setenv("CRONITOR_API_KEY", "d8ef4c64db9a62f436e4e6dfc59d202d")
}
