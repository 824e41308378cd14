package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", "53fc1665-cb4c-4f06-8d37-bd588811b42a")
	return req, nil
}
