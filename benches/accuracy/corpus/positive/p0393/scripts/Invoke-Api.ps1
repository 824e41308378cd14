$headers = @{
    "Authorization" = "Bearer token-kltu2:08bl0i83xvr0ab5u5be2xgobocnraxe0czw4i91yxz1j82xppptpp1"
}
Invoke-RestMethod -Uri "https://api.rancher.com/v1/items" -Headers $headers
