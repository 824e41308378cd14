module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241022120000-53f64baa3e73
	github.com/acme/lib v1.3.0
)
