$headers = @{
    "Authorization" = "Bearer LwVjND_u981aJ8Ct41wR5fFwZuafxTSv88_4HOSzQnz"
}
Invoke-RestMethod -Uri "https://api.mastodon.com/v1/items" -Headers $headers
