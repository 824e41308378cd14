package main

import "os"

func init() {
	os.Setenv("API_KEY", "password")
}
