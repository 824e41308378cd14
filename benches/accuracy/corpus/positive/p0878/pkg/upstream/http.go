package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer c6ec3c59-fc72-4d41-89be-7a96681a9fbe")
	return req, nil
}
