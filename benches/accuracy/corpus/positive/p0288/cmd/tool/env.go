package main

import "os"

func init() {
	os.Setenv("CIVO_TOKEN", "C7yTVJBywCvezXiKfFJutR9CnTmoSbRuzJLhRXFa0U88WmCghz")
}
