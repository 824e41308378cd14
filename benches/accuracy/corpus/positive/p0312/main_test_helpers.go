package main

import "os"

func init() {
	os.Setenv("NETLIFY_AUTH_TOKEN", "nfp_9W9yZZzFU6X8C2Ri3qigHz6On1uVyQRbkU0g")
}
