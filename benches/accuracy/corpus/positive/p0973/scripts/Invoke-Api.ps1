$headers = @{
    "X-Shopify-Access-Token" = "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"
}
Invoke-RestMethod -Uri "https://api.shopify.com/v1/items" -Headers $headers
