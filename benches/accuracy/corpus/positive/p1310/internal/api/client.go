package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguc295bGVudC5jbG91ZC8iLCJzdWIiOiI1Nzg0NDAyOTIyIiwiYXVkIjoiYmlsbGluZy1zZXJ2aWNlIiwiaWF0IjoxNzM5MDk1MDEwLCJleHAiOjE3MzkwOTg2MTAsInNjb3BlIjoiYWRtaW4ifQ.lNDtd6Spe8pvH9Fogv_h6b1zKRbuN1X3EDooQv1TR1M")
	return req, nil
}
