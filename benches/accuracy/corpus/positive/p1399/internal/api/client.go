package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("hibp-api-key", "da7dedc318047ef8937fa68a1b202050")
	return req, nil
}
