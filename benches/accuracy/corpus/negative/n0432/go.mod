module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241224120000-887cbaa3e7e0
	github.com/acme/lib v1.3.0
)
