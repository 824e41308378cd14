package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ApiKey 07c5cf2ca075eb5e527958659dd32b8c")
	return req, nil
}
