$headers = @{
    "Authorization" = "Bearer vcp_9XsZvHR2BD9gcS7dmP7Iz5VX7IHQSbcaVCneDjViCOx4rKkDgSgJByUl"
}
Invoke-RestMethod -Uri "https://api.vercel.com/v1/items" -Headers $headers
