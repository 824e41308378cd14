package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", "ptr_7VP4YUB-2TnaE-07dm2LEypIqAVUizjouISCFiKimIn")
	return req, nil
}
