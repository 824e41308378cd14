package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer dG9rOjY3Njc5MWQ0LTk4MmItNDUyNS1hMjA5LWM3M2YyYjNhNTRhOToxOjA=")
	return req, nil
}
