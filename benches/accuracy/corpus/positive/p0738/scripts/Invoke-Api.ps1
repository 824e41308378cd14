$headers = @{
    "Authorization" = "Bearer dG9rOjhiMTg4MzdiLTI1MDEtNDIzYS1iOTYyLWY5MDE3ZTJhYWFjZToxOjA="
}
Invoke-RestMethod -Uri "https://api.intercom.com/v1/items" -Headers $headers
