package main

import "os"

func init() {
	os.Setenv("GITLAB_TOKEN", "example-api-key")
}
