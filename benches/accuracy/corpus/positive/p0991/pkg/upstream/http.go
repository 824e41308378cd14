package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", "PMAK-3c29ccd2c5d667a1a4a31b89-bbd30bf626aa5310b9f432587c3e4aaef0")
	return req, nil
}
