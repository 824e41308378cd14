package main

import "os"

func init() {
	os.Setenv("GITLAB_TOKEN", "glpat-_X0bk4Df2LVBKlBoL4hK")
}
