package main

import "os"

func init() {
	os.Setenv("LAUNCHDARKLY_SDK_KEY", "sdk-43947903-6099-41df-947c-649771ec31a4")
}
