module example.invalid/app

go 1.22

require (
	github.com/boltdb-go/bolt v1.3.1
	github.com/evanphx/json-patch v0.5.1
)
