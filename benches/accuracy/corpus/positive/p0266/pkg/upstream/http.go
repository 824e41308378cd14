package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Api-Key AQVNVZbYXDvnR3-Mdx1pm_vQWVon5M-RCluHuhjQ")
	return req, nil
}
