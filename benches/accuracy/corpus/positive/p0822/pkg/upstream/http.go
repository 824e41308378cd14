package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer zlg1R-euqJE3K5G_JqMHRn63d52SfT5_Dn-N-w5Z8-E")
	return req, nil
}
