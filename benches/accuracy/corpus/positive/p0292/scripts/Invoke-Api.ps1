$headers = @{
    "X-Auth-Token" = "qbJLoBigwBrY5YgRWGHuPpUG2bULh33n"
}
Invoke-RestMethod -Uri "https://api.equinixmetal.com/v1/items" -Headers $headers
