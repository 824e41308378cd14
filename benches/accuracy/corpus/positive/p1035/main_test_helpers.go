package main

import "os"

func init() {
	os.Setenv("ADAFRUIT_IO_USERNAME", "jmartin")
	os.Setenv("ADAFRUIT_IO_KEY", "aio_CvhVluGvzyu5h3oxbPrbnTggO4UP")
}
