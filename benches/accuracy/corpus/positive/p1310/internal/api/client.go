package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgudHlyZWxsLmNsb3VkLyIsInN1YiI6Ijg3ODY1NjU0MzgiLCJhdWQiOiJpbnRlcm5hbCIsImlhdCI6MTcyMzY1MDUzMywiZXhwIjoxNzIzNjU0MTMzfQ.BTNBQlJ3OZhuHa3fTuB7pges3FCx9tub5y1sO4DA7Hc")
	return req, nil
}
