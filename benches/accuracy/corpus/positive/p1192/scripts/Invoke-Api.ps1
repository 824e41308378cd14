$headers = @{
    "Authorization" = "Bearer TpomC2NZhPnd3CHVG4wOJ9K6"
}
Invoke-RestMethod -Uri "https://api.betterstack.com/v1/items" -Headers $headers
