package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "GenieKey 1b39f323-a8ce-4c3f-bc09-75919f38124a")
	return req, nil
}
