package main

import "os"

func init() {
	os.Setenv("CONNECTION_STRING", "sqlite:///db.sqlite3")
}
