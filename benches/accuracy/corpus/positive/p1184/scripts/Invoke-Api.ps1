$headers = @{
    "Authorization" = "Token token=u+TynDGp3REVKIO7gy6e"
}
Invoke-RestMethod -Uri "https://api.pagerduty.com/v1/items" -Headers $headers
