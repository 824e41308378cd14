package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer sk_live_3aad0e2d985448531bd0d65914a11b4e3d24b946")
	return req, nil
}
