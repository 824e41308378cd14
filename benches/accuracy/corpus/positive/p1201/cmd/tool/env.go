package main

import "os"

func init() {
	os.Setenv("LOGDNA_INGESTION_KEY", "011dfc4ecda8cba3cedd0b8fe185d92a")
}
