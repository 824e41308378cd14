$headers = @{
    "Authorization" = "ApiKey d722128459344299e1bf98c3b6496dba"
}
Invoke-RestMethod -Uri "https://api.novu.com/v1/items" -Headers $headers
