$headers = @{
    "Authorization" = "API-Key 391295d62a00ce339ad1bed1aee444e334c0b8a7"
}
Invoke-RestMethod -Uri "https://api.pandadoc.com/v1/items" -Headers $headers
