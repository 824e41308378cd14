module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241028120000-841ea222b57e
	github.com/acme/lib v1.3.0
)
