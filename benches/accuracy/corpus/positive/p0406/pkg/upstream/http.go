package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token bvYxLmSE4GONJLFytn0qhbUI1pmXtLpu")
	return req, nil
}
