package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("xi-api-key", "sk_6af1842b888eac7dd83823c79cce36a366a30bdba136f189")
	return req, nil
}
