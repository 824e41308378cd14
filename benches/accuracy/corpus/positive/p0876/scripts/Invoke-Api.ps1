$headers = @{
    "APIKEY" = "f9e1fedb19df3a2f314e695e4c6d5545"
}
Invoke-RestMethod -Uri "https://api.jotform.com/v1/items" -Headers $headers
