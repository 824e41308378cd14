package main

import "os"

func init() {
	os.Setenv("DATABASE_URL", "mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@cluster0.mongodb.net/app")
}
