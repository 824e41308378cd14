package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-SF-Token", "LHr8jFM0ZuIyeWeV3racqA")
	return req, nil
}
