package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "DeepL-Auth-Key eb2275e5-dbd5-47fe-80a9-12e0a86663b8:fx")
	return req, nil
}
