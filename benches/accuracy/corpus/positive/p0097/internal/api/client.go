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
