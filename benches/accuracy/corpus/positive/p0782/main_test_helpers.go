package main

import "os"

func init() {
	os.Setenv("CUSTOMERIO_APP_API_KEY", "167a826502e454c017e374f9a131424d")
}
