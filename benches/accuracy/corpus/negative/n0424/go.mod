module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241215120000-c4ede419fc73
	github.com/acme/lib v1.3.0
)
