package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("DD-API-KEY", "848e590bfb0e4a64c505e3e043c02e53")
	return req, nil
}
