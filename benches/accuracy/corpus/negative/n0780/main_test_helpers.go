package main

import "os"

func init() {
	os.Setenv("MONGODB_URI", "amqp://rabbitmq:5672/")
}
