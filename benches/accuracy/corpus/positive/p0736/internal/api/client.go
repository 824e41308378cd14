package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer pk_prod_ZKWNYL8EXW7FV5DGMAO04K2NJCOG")
	return req, nil
}
