package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer APP_USR-2681961931518640-697954-a697d91443d874f381b198eddb298e73-860998534")
	return req, nil
}
