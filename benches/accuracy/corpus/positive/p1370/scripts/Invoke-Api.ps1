$headers = @{
    "X-Api-Key" = "RcNSZCj6ETYcXLhZQHKdU7"
}
Invoke-RestMethod -Uri "https://api.apollo.com/v1/items" -Headers $headers
