$headers = @{
    "Authorization" = "lin_api_UzW4T7A0mnlYnBZBAc42OSx7ufZhuBohbzsgDxQc"
}
Invoke-RestMethod -Uri "https://api.linear.com/v1/items" -Headers $headers
