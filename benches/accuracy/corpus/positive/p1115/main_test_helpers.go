package main

import "os"

func init() {
	os.Setenv("MODERN_TREASURY_ORG_ID", "dfdf6287-3033-47d9-b825-0c881e21e5e8")
	os.Setenv("MODERN_TREASURY_API_KEY", "live-Q1RRndisarX6OHPSf4pjWHhx2DanswN6Tktcf6HOUoRDkMT4aK0L9lnUx5tTz6KM")
}
