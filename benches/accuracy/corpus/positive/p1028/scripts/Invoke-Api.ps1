$headers = @{
    "Authorization" = "token c91486d48c506b6f8a0bead2847f8f72ad440d2bdb3dc991afce2d853146c726"
}
Invoke-RestMethod -Uri "https://api.phrase.com/v1/items" -Headers $headers
