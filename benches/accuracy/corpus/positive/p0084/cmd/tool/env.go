package main

import "os"

func init() {
	os.Setenv("STABILITY_API_KEY", "sk-AlxE822XYc0FDn2qjSk0UxeMq6V1QbeiCrv0jY8XCy57FM1S")
}
