module example.invalid/app

go 1.22

require (
	example.invalid/app/internal/tools v0.0.0-00010101000000-000000000000
	golang.org/x/text v0.14.0
)

replace example.invalid/app/internal/tools => ./internal/tools
