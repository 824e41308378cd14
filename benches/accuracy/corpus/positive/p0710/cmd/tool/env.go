package main

import "os"

func init() {
	os.Setenv("AT_USERNAME", "etl_reader")
	os.Setenv("AT_API_KEY", "atsk_5622b1aa8a8328b1a41f26400be54b29e9921ff89fe02713548e531d3cd46600")
}
