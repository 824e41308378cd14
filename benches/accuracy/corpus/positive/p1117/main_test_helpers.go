package main

import "os"

func init() {
	os.Setenv("AUTHORIZENET_API_LOGIN_ID", "VK6JHPrqEm")
	os.Setenv("AUTHORIZENET_TRANSACTION_KEY", "QCb2ens2IJ2elaxE")
}
