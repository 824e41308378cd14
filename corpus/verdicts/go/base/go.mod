module example.invalid/app

go 1.22

require (
	github.com/evanphx/json-patch v0.5.2
)
