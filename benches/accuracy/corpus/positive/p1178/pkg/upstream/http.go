package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Rollbar-Access-Token", "310ee7ae534957f128f31e32de5e3459")
	return req, nil
}
