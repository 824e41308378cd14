$headers = @{
    "Authorization" = "6b3cc6ea2f6e5af63a62520f9a6ea240"
}
Invoke-RestMethod -Uri "https://api.assemblyai.com/v1/items" -Headers $headers
