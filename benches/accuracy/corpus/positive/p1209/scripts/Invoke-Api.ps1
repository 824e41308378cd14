$headers = @{
    "Authorization" = "Bearer 4t5JZkW2rcyZLHAbz3oe"
}
Invoke-RestMethod -Uri "https://api.statuscake.com/v1/items" -Headers $headers
