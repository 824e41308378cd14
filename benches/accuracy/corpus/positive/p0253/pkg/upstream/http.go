package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 2OELTQ5QBP6H9FSJQLTJVMY57S7GGCSIGCXH")
	return req, nil
}
