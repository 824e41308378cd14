package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 982c4807cf78f4e3a7ceb28b4570fc4635239b74637a80a6dc195d6c5e8a9207")
	return req, nil
}
