$headers = @{
    "Authorization" = "Bearer apify_api_uFdRZL9etarCfwwX1IZrmP42yLAsjkFwU9ok"
}
Invoke-RestMethod -Uri "https://api.apify.com/v1/items" -Headers $headers
