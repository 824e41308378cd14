package main

import "os"

func init() {
	os.Setenv("SCREENSHOTLAYER_ACCESS_KEY", "dd07be09ac5bac62007230ecea203482")
}
