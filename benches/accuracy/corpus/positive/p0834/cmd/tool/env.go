package main

import "os"

func init() {
	os.Setenv("AIRTABLE_API_KEY", "keyRrdoBYsD1ldKIq")
}
