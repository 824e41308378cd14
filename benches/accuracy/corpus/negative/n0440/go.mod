module github.com/acme/app

go 1.22

require (
	golang.org/x/exp v0.0.0-20241225120000-3535a3e1da43
	github.com/acme/lib v1.3.0
)
