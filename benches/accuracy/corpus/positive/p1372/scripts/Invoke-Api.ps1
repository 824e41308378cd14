$headers = @{
    "X-Api-Key" = "d68f4127a7ea19ecec1594b4473b18d4468ec709698a259fdcd94aa363db38d0"
}
Invoke-RestMethod -Uri "https://api.peopledatalabs.com/v1/items" -Headers $headers
