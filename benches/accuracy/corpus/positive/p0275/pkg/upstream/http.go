package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer HnyvtndgflNBgdv6DN6JkUwzJe3PkKBLXAh1A79i")
	return req, nil
}
