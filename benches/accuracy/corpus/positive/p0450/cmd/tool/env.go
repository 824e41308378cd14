package main

import "os"

func init() {
	os.Setenv("GITLAB_FEED_TOKEN", "glft-ZPnSH3_clLQhVBUzBJjL")
}
