package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("APIKEY", "vw6KC234mNV09rLd3Zc3o35l1qiedgrP")
	return req, nil
}
