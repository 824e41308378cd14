package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 6c893a187b7668dfeec08e5648ddfce14aa6479f4f702724c16abee0ef9a108fd7b2c6988bef3f77")
	return req, nil
}
