$headers = @{
    "Authorization" = "Bearer live_KDw8MKbVVyPz9Xtpomjo1j1eQryzTP"
}
Invoke-RestMethod -Uri "https://api.mollie.com/v1/items" -Headers $headers
