module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241021120000-05d01110182e
	github.com/acme/lib v1.3.0
)
