package main

import "os"

func init() {
	os.Setenv("HUBSPOT_ACCESS_TOKEN", "pat-na1-fa954863-8eaa-4182-a80f-eaaf9c071bb9")
}
