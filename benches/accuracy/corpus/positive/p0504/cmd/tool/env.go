package main

import "os"

func init() {
	os.Setenv("SNYK_TOKEN", "4e3c870c-514b-4f42-9bdd-4f6f46d86745")
}
