package client

import "net/http"

const (
	baseURL      = "https://partner.corp.invalid/v1"
	clientID     = "orders-service"
	clientSecret = "tkvX497nDi4onYstxHIhDEy1CY7UNgKX"
)

func New() *http.Client { return &http.Client{} }
