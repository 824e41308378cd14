$headers = @{
    "Authorization" = "Bearer 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"
}
Invoke-RestMethod -Uri "https://api.openrouter.com/v1/items" -Headers $headers
