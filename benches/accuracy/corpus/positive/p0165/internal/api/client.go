package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer ABSKQmVkcm9ja0FQSUtleS1hcHF1LWF0LTEwNzkzNTIzNjE1MDpMSWtCbFV1M21PSXlkNkF4dGY3bzRGejlQanZvMmdiRGpYcmRJeFNJWEQvZWx6S0pVZytjUnd1RVh0QkQ=")
	return req, nil
}
