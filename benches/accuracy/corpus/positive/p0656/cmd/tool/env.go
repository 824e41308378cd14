package main

import "os"

func init() {
	os.Setenv("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/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")
}
