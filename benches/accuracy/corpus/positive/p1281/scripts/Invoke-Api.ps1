$headers = @{
    "X-Finnhub-Token" = "somqb866t7thhh2ymrl3"
}
Invoke-RestMethod -Uri "https://api.finnhub.com/v1/items" -Headers $headers
