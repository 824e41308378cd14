$headers = @{
    "X-Api-Key" = "Q605RMnlUig2WeR8MiiAqFmd"
}
Invoke-RestMethod -Uri "https://api.removebg.com/v1/items" -Headers $headers
