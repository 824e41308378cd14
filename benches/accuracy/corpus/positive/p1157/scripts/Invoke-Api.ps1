$headers = @{
    "Authorization" = "Bearer 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"
}
Invoke-RestMethod -Uri "https://api.sentry.com/v1/items" -Headers $headers
