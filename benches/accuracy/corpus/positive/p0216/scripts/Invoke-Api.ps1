$headers = @{
    "x-functions-key" = "jsNmzcExWP_OYhanRVSD9kJtRWQfcES5opB5iDnJROfle3AcWMgGOl=="
}
Invoke-RestMethod -Uri "https://api.azure.com/v1/items" -Headers $headers
