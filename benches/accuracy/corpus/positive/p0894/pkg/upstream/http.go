package api

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 00DO8ScmaE8R6mg!gkppASfH0BhoTso5ytulcz6U9GVw1WtVrLQpIBoWQrT0oTRcEF0seIGDhNYbZBW7mwmKCfzgURcUlZ1dsy6b6d0f6ZnVA08S")
	return req, nil
}
