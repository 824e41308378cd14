$headers = @{
    "Authorization" = "Bearer xoxp-060450629508-226033727653-3608804955158-67de0ef6ba5dcc62f1cf46b9f8958f56"
}
Invoke-RestMethod -Uri "https://api.slack.com/v1/items" -Headers $headers
