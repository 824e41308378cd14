$headers = @{
    "Authorization" = "ShippoToken shippo_live_c3f9b4a9b4ebd82ea6b2f75ccc0cfbc7fd47bfdd"
}
Invoke-RestMethod -Uri "https://api.shippo.com/v1/items" -Headers $headers
