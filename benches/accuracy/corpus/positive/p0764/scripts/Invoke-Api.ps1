$headers = @{
    "Authorization" = "8ac7878f0edc3dfa3023f756b3e0114a7a10633f"
}
Invoke-RestMethod -Uri "https://api.sparkpost.com/v1/items" -Headers $headers
