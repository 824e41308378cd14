$headers = @{
    "X-CMC_PRO_API_KEY" = "83b6defa-e402-4281-a6f1-b4a3d32a8f04"
}
Invoke-RestMethod -Uri "https://api.coinmarketcap.com/v1/items" -Headers $headers
