package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "bearer a477ec48cb54ba77eb7b16b76fd94958")
	return req, nil
}
