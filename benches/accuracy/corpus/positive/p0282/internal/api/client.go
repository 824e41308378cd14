package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-User-Service-Key", "v1.0-54a25cd746a92d623a491c8e-f7b104a38aa8684035c2f470103f64c3afebac1bf8cc5de2a12810cf32fa52119ff0968a0544482c3a0a36df425d70701f1ae7c8ef50d96fa60ba9c5efd85324fb0c3440a65c0141fb")
	return req, nil
}
