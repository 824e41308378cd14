$headers = @{
    "Authorization" = "Bearer v2.mU2MF9nzu6GAyqDpD1x7"
}
Invoke-RestMethod -Uri "https://api.appveyor.com/v1/items" -Headers $headers
