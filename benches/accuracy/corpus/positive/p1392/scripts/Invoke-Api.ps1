$headers = @{
    "API-Key" = "fdb6455b-c102-4cba-ac60-e77617caea79"
}
Invoke-RestMethod -Uri "https://api.urlscanio.com/v1/items" -Headers $headers
