package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-JFrog-Art-Api", "AKCpdYsGOHHrhlMBKsYfX0GYqIGxW3hchCxZ78iy4ugSnI8rVqvBBCqYguSbg53vE0036YOOR")
	return req, nil
}
