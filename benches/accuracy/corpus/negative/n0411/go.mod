module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241127120000-4b6065d7eee0
	github.com/acme/lib v1.3.0
)
