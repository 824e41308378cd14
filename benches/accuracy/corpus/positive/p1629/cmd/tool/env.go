package main

import "os"

func init() {
	os.Setenv("DB_PASSWORD", "fS6-K--mLXc*3nZLq!")
}
