package main

import "os"

func init() {
	os.Setenv("ROBOFLOW_API_KEY", "v6ZpM9GPRnTSTvjFevIe")
}
