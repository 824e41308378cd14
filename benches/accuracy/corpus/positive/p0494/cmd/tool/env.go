package main

import "os"

func init() {
	os.Setenv("BUILDKITE_API_TOKEN", "bkua_32168baa8367e79113bf82fdd14d8a2e3c192c23")
}
