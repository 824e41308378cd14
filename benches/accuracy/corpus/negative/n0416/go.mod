module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241022120000-42fa94c6ca97
	github.com/acme/lib v1.3.0
)
