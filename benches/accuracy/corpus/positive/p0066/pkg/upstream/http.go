package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Api-Key", "pcsk_ly1Hxf_8hFGf9IhgcpFyRm8oBvJnYglLyAOFu2lMTjq9FyWqlRNjyRlFgyUeC8Y9Kt5rht")
	return req, nil
}
