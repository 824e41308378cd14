$headers = @{
    "Authorization" = "Bearer phx_EqmZWv0JNuLY5L7waWDUYgf5mQ3hCyZkyd1fpQsmf1e"
}
Invoke-RestMethod -Uri "https://api.posthog.com/v1/items" -Headers $headers
