package main

import "os"

func init() {
	os.Setenv("MANDRILL_API_KEY", "md-DBvZqnvlDiLYNS9SLAwctw")
}
