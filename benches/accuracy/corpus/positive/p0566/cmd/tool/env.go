package main

import "os"

func init() {
	os.Setenv("CHROMATIC_PROJECT_TOKEN", "chpt_e7c636015b6aac")
}
