$headers = @{
    "Authorization" = "6b6d5c422624b15a62342ff609292d3beff18efd"
}
Invoke-RestMethod -Uri "https://api.sparkpost.com/v1/items" -Headers $headers
