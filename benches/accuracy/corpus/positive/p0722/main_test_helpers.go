package main

import "os"

func init() {
	os.Setenv("STREAM_API_KEY", "8q89vrw3y2rx")
	os.Setenv("STREAM_API_SECRET", "jn5lx93idsd3q4yippaoti36zjz7gtlqmw5tv4pd9bbhxjixmnbetbqhwjjjgxct")
}
