package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 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")
	return req, nil
}
