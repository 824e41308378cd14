package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer jina_UQY5COtsgYpa5idZ9PSmkb4gymFOLsbxloXvdSy7SHtWwipu0MYJodwb1rnj")
	return req, nil
}
