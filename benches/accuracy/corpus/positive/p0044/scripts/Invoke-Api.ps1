$headers = @{
    "Authorization" = "Bearer xai-KfHn0KdvyDpAkFB0swKNqNWO4oCWgBYfKAef2f9HRfqED3nvtQbYqJhfg5H6Ueq2pP0wdVztRdidwAhM"
}
Invoke-RestMethod -Uri "https://api.xai.com/v1/items" -Headers $headers
