$headers = @{
    "Authorization" = "OAuth 2f4c02d1-e8a3-48f9-b209-225bd948bd2d"
}
Invoke-RestMethod -Uri "https://api.statuspage.com/v1/items" -Headers $headers
