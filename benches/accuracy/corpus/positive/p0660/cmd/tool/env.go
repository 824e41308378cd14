package main

import "os"

func init() {
	os.Setenv("SLACK_SIGNING_SECRET", "cee9a1292a8f58b78e8fe9656553d344")
}
