$headers = @{
    "X-CoinAPI-Key" = "1f62c4e7-7b73-433c-824d-588518c18d28"
}
Invoke-RestMethod -Uri "https://api.coinapi.com/v1/items" -Headers $headers
