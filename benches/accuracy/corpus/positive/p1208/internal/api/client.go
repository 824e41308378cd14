package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", "X7BsDKc09gT1K9wVdOBDZWYd5xB7Ro7G")
	return req, nil
}
