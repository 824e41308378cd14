package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token ZLGG5gm27EO4SWtZKGycqrS3nVQ0NiZA")
	return req, nil
}
