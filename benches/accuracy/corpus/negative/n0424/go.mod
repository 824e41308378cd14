module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241123120000-cb86a3c20a2e
	github.com/acme/lib v1.3.0
)
