package main

import "os"

func init() {
	os.Setenv("GITHUB_INSTALLATION_TOKEN", "ghs_d9ruQSoh7Bhrz7QDwmhaPSBi85kDoc0hCdKY")
}
