$headers = @{
    "Authorization" = "*:production.c6f3f9fc7e36885da4a3a90be4d11271824e43c894c11b1f295d5c990c42dcae"
}
Invoke-RestMethod -Uri "https://api.unleash.com/v1/items" -Headers $headers
