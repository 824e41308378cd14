$headers = @{
    "Authorization" = "Bearer 1a28cecfb4610e1c694d192f1f3fe1"
}
Invoke-RestMethod -Uri "https://api.datocms.com/v1/items" -Headers $headers
