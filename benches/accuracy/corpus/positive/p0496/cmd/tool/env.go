package main

import "os"

func init() {
	os.Setenv("BUILDKITE_AGENT_TOKEN", "c0c91fdd3cf7e0e6209f542efe108814584af797e1a3251e7b")
}
