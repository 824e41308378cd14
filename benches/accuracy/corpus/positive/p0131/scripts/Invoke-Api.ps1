$headers = @{
    "x-api-key" = "13035fa1-9724-4922-8599-eaa988b4061f"
}
Invoke-RestMethod -Uri "https://api.exa.com/v1/items" -Headers $headers
