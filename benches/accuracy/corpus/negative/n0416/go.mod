module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241017120000-a27c768f0538
	github.com/acme/lib v1.3.0
)
