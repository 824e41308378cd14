package main

import "os"

func init() {
	os.Setenv("APPVEYOR_API_TOKEN", "v2.3BCU7ToWgRGGBhCvZJJy")
}
