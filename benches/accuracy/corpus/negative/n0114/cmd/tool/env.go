package main

import "os"

func init() {
	os.Setenv("SENDGRID_API_KEY", "SG.EXAMPLETWULU3jNXEskX9tr4vAq3JuEN1ucnCDB3W9PsLQz5p8XSgvsZdKRQElvArd")
}
