$headers = @{
    "Authorization" = "Token e0dd81d35948a408e7871aeadb9927b050b61753"
}
Invoke-RestMethod -Uri "https://api.deepgram.com/v1/items" -Headers $headers
