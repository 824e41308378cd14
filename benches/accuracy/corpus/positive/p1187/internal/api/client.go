package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "GenieKey 43ea54f3-19ea-4797-9506-329dc2bdd6f4")
	return req, nil
}
