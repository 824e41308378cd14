module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241211120000-dae66d95cf1c
	github.com/acme/lib v1.3.0
)
