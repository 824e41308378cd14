$headers = @{
    "Api-Key" = "717ccd75d984f03d5cb6e1c198c96083"
}
Invoke-RestMethod -Uri "https://api.iterable.com/v1/items" -Headers $headers
