$headers = @{
    "Authorization" = "Bearer 49l4v24w3nmp8b9ce1qj6bqw3d"
}
Invoke-RestMethod -Uri "https://api.mattermost.com/v1/items" -Headers $headers
