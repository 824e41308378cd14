package main

import "os"

func init() {
	os.Setenv("WEAVIATE_URL", "https://sorc2a38.c0.europe-west3.gcp.weaviate.cloud")
	os.Setenv("WEAVIATE_API_KEY", "UjGZr8GlnGxU5Lnkfg1LY7G4uH92R4ftdaV3t1tf")
}
