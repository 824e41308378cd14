package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer vcp_rBvpH5C8jAJ9X8621e19vzejAfg3oKKPMLMfTQ6KgOcrQXY4eLTjDIoG")
	return req, nil
}
