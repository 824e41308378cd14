$headers = @{
    "Authorization" = "Bearer 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"
}
Invoke-RestMethod -Uri "https://api.groq.com/v1/items" -Headers $headers
