package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "api-1d47cf5b-535e-46e5-a719-ceb4abad65fe")
	return req, nil
}
