package main

import "os"

func init() {
	os.Setenv("NETLIFY_AUTH_TOKEN", "nfp_BLqcNaMCHcAUtVfzKGWltCGNdnxiVM9fvRUL")
}
