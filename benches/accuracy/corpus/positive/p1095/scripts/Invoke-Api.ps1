$headers = @{
    "Authorization" = "Bearer APP_USR-6571414098405227-588194-88095d6681723d43596c2d042c762560-449344291"
}
Invoke-RestMethod -Uri "https://api.mercadopago.com/v1/items" -Headers $headers
